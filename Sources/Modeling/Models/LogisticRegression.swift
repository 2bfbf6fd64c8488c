import Glibc
import Values

/// Settings for `LogisticRegression.fit`.
public struct LogisticRegressionOptions: Sendable, Equatable {
    /// Inverse regularisation strength, as scikit-learn's `C`: the penalty is ||w||² / (2C); the intercept is not penalised.
    public var inverseRegularization: Double
    /// How much each class counts.
    public var classWeight: ClassWeight
    /// Most L-BFGS iterations (scikit-learn's `max_iter`).
    public var maximumIterations: Int
    /// Stop when every gradient component of the mean loss is at most this (scikit-learn's `tol`).
    public var tolerance: Double

    /// Creates options; the defaults are scikit-learn's (C = 1, 100 iterations, tol = 1e-4).
    public init(inverseRegularization: Double = 1, classWeight: ClassWeight = .uniform, maximumIterations: Int = 100, tolerance: Double = 1e-4) {
        self.inverseRegularization = inverseRegularization
        self.classWeight = classWeight
        self.maximumIterations = maximumIterations
        self.tolerance = tolerance
    }
}

/// Binary logistic regression with an L2 penalty, fitted by L-BFGS.
///
/// Minimises, as scikit-learn's `LogisticRegression(solver="lbfgs")`,
/// (1/S)·[Σᵢ sᵢ·(log(1 + e^{zᵢ}) − yᵢ·zᵢ) + ||w||²/(2C)] with zᵢ = w·xᵢ + b, sᵢ the class weight
/// of row i and S = Σ sᵢ: the exact loss over every row, with no centring of the data and the
/// intercept b free of the penalty.
public struct LogisticRegression: Sendable, Equatable {
    /// One weight per feature, in log-odds per unit of the (already transformed) feature.
    public let coefficients: [Double]
    /// The log-odds when every feature is 0.
    public let intercept: Double
    /// The feature names the model was trained on.
    public let featureNames: [String]
    /// The objective after each L-BFGS iteration.
    public let trainingLoss: [Double]
    /// Whether a stopping rule was met before the iteration cap.
    public let converged: Bool

    /// Creates a model from known parameters.
    public init(coefficients: [Double], intercept: Double, featureNames: [String], trainingLoss: [Double] = [], converged: Bool = true) throws(ModelingError) {
        guard coefficients.count == featureNames.count else {
            throw ModelingError(.schemaMismatch, "\(coefficients.count) coefficients for \(featureNames.count) feature names")
        }
        self.coefficients = coefficients
        self.intercept = intercept
        self.featureNames = featureNames
        self.trainingLoss = trainingLoss
        self.converged = converged
    }

    /// Fits on `features` and 0/1 `labels`; the result depends only on the inputs.
    public static func fit(_ features: FeatureMatrix, labels: [Double], options: LogisticRegressionOptions = LogisticRegressionOptions()) throws(ModelingError) -> LogisticRegression {
        try validateBinaryLabels(labels, rows: features.rowCount)
        try validateFinite(features)
        guard options.inverseRegularization > 0, options.inverseRegularization.isFinite else {
            throw ModelingError(.invalidParameter, "C must be positive and finite, got \(options.inverseRegularization)")
        }
        guard options.maximumIterations >= 1, options.tolerance >= 0 else {
            throw ModelingError(.invalidParameter, "maximum iterations must be ≥ 1 and tolerance ≥ 0")
        }
        let (negative, positive) = try options.classWeight.weights(for: labels)
        let width = features.columnCount
        let rows = features.rowCount
        var totalWeight = 0.0
        for label in labels { totalWeight += label == 1 ? positive : negative }
        let penalty = 1 / (options.inverseRegularization * totalWeight)
        let solver = LBFGS(maximumIterations: options.maximumIterations, gradientTolerance: options.tolerance)
        var rowTerms = RowTerms(rows: rows)
        let result = features.values.withUnsafeBufferPointer { matrix in
            labels.withUnsafeBufferPointer { targets in
                solver.minimize(start: [Double](repeating: 0, count: width + 1)) { point, gradient in
                    meanPenalizedLoss(
                        matrix: matrix, labels: targets, rows: rows, width: width, parameters: point,
                        weights: (negative, positive), totalWeight: totalWeight, penalty: penalty, gradient: &gradient,
                        terms: &rowTerms)
                }
            }
        }
        return try LogisticRegression(
            coefficients: Array(result.point[0..<width]), intercept: result.point[width], featureNames: features.names,
            trainingLoss: result.objectiveHistory, converged: result.converged)
    }

    /// The log-odds w·x + b of every row.
    public func margins(_ features: FeatureMatrix) throws(ModelingError) -> [Double] {
        guard features.columnCount == coefficients.count else {
            throw ModelingError(.schemaMismatch, "the model has \(coefficients.count) features, the matrix has \(features.columnCount)")
        }
        let width = features.columnCount
        return features.values.withUnsafeBufferPointer { matrix in
            coefficients.withUnsafeBufferPointer { weights in
                (0..<features.rowCount).map { row in intercept + rowDot(matrix, row * width, weights, width) }
            }
        }
    }

    /// P(label = 1) for every row.
    public func probabilities(_ features: FeatureMatrix) throws(ModelingError) -> [Double] {
        try margins(features).map(sigmoid)
    }
}

/// The logistic function, computed without overflow for large |z|.
@inline(__always)
func sigmoid(_ z: Double) -> Double {
    z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
}

/// w·x for one row, with four partial sums in a fixed order (deterministic, and not latency-bound).
@inline(__always)
func rowDot(_ matrix: UnsafeBufferPointer<Double>, _ start: Int, _ weights: UnsafeBufferPointer<Double>, _ width: Int) -> Double {
    var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
    var column = 0
    while column + 4 <= width {
        s0 += matrix[start + column] * weights[column]
        s1 += matrix[start + column + 1] * weights[column + 1]
        s2 += matrix[start + column + 2] * weights[column + 2]
        s3 += matrix[start + column + 3] * weights[column + 3]
        column += 4
    }
    while column < width {
        s0 += matrix[start + column] * weights[column]
        column += 1
    }
    return (s0 + s1) + (s2 + s3)
}

/// Each row's loss term and residual at the current parameters: worked out in chunks of rows on all
/// cores (each row's values depend only on its row), then summed in row order.
private struct RowTerms {
    var loss: [Double]
    var residual: [Double]

    init(rows: Int) {
        loss = [Double](repeating: 0, count: rows)
        residual = [Double](repeating: 0, count: rows)
    }
}

/// ``meanPenalizedLoss`` over raw storage: a chunk of rows reads the shared matrix and parameters
/// and writes only its own rows' terms.
private struct TermPass: @unchecked Sendable {
    let matrix: UnsafeBufferPointer<Double>
    let labels: UnsafeBufferPointer<Double>
    let point: UnsafeBufferPointer<Double>
    let width: Int
    let weights: (negative: Double, positive: Double)
    let loss: UnsafeMutablePointer<Double>
    let residual: UnsafeMutablePointer<Double>

    func run(_ rows: Range<Int>) {
        let intercept = point[width]
        // Rows with equal scores (few distinct feature values) share their exponentials.
        var softplus = ScoreMemo()
        var probability = ScoreMemo()
        for row in rows {
            let z = intercept + rowDot(matrix, row * width, point, width)
            let y = labels[row]
            let weight = y == 1 ? weights.positive : weights.negative
            // log(1 + e^z) − y·z, stably: max(z, 0) + log1p(e^{−|z|}) − y·z.
            loss[row] = weight * (max(z, 0) + softplus.value(at: z) { log1p(exp(-abs($0))) } - y * z)
            residual[row] = weight * (probability.value(at: z, sigmoid) - y)
        }
    }
}

/// The scaled objective and its gradient: the rows' terms on all cores, then every sum in row order
/// (the loss with compensation), so the result is the serial one on any number of cores.
private func meanPenalizedLoss(
    matrix: UnsafeBufferPointer<Double>, labels: UnsafeBufferPointer<Double>, rows: Int, width: Int,
    parameters: [Double], weights: (Double, Double), totalWeight: Double, penalty: Double, gradient: inout [Double],
    terms: inout RowTerms
) -> Double {
    var loss = 0.0
    var lossCompensation = 0.0
    gradient.withUnsafeMutableBufferPointer { grad in
        for index in 0..<grad.count { grad[index] = 0 }
        parameters.withUnsafeBufferPointer { point in
            terms.loss.withUnsafeMutableBufferPointer { lossTerms in
                terms.residual.withUnsafeMutableBufferPointer { residuals in
                    let pass = TermPass(
                        matrix: matrix, labels: labels, point: point, width: width, weights: weights,
                        loss: lossTerms.baseAddress!, residual: residuals.baseAddress!)
                    forEachRowChunk(rows, pass.run)
                    var interceptGradient = 0.0
                    for row in 0..<rows {
                        let term = lossTerms[row]
                        let total = loss + term
                        lossCompensation += abs(loss) >= abs(term) ? (loss - total) + term : (term - total) + loss
                        loss = total
                        let residual = residuals[row]
                        interceptGradient += residual
                        let start = row * width
                        for column in 0..<width { grad[column] += residual * matrix[start + column] }
                    }
                    var squaredNorm = 0.0
                    for column in 0..<width {
                        squaredNorm += point[column] * point[column]
                        grad[column] = grad[column] / totalWeight + penalty * point[column]
                    }
                    grad[width] = interceptGradient / totalWeight
                    loss = (loss + lossCompensation) / totalWeight + 0.5 * penalty * squaredNorm
                }
            }
        }
    }
    return loss
}
