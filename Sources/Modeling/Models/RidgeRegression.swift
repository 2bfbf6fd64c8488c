/// Linear regression with an L2 penalty on the weights, solved in closed form.
///
/// As scikit-learn's `Ridge(alpha, fit_intercept=True)` with the Cholesky solver: centre the features
/// and target on their means, solve (XcᵀXc + αI)·w = Xcᵀyc by Cholesky, then b = ȳ − x̄·w, so the
/// intercept is not penalised. The objective is ||y − Xw − b||² + α||w||².
public struct RidgeRegression: Sendable, Equatable {
    /// One weight per feature.
    public let coefficients: [Double]
    /// The prediction when every feature is 0.
    public let intercept: Double
    /// The feature names the model was trained on.
    public let featureNames: [String]
    /// The penalty strength used.
    public let alpha: Double
    /// The training mean squared error (one entry: the fit is not iterative).
    public let trainingLoss: [Double]

    /// Creates a model from known parameters.
    public init(coefficients: [Double], intercept: Double, featureNames: [String], alpha: Double, trainingLoss: [Double] = []) throws(ModelingError) {
        guard coefficients.count == featureNames.count else {
            throw ModelingError(.schemaMismatch, "\(coefficients.count) coefficients for \(featureNames.count) feature names")
        }
        self.coefficients = coefficients
        self.intercept = intercept
        self.featureNames = featureNames
        self.alpha = alpha
        self.trainingLoss = trainingLoss
    }

    /// Fits on `features` and `targets` with penalty `alpha` ≥ 0.
    public static func fit(_ features: FeatureMatrix, targets: [Double], alpha: Double = 1) throws(ModelingError) -> RidgeRegression {
        guard targets.count == features.rowCount, features.rowCount > 0 else {
            throw ModelingError(.schemaMismatch, "the feature matrix has \(features.rowCount) rows but there are \(targets.count) targets; both must be equal and non-zero")
        }
        guard alpha >= 0, alpha.isFinite else {
            throw ModelingError(.invalidParameter, "alpha must be ≥ 0 and finite, got \(alpha)")
        }
        try validateFinite(features)
        if let bad = targets.firstIndex(where: { !$0.isFinite }) {
            throw ModelingError(.invalidData, "target at row \(bad + 1) is \(targets[bad]); targets must be finite")
        }
        let rows = features.rowCount
        let width = features.columnCount
        var featureMeans = [Double](repeating: 0, count: width)
        var targetMean = 0.0
        features.values.withUnsafeBufferPointer { matrix in
            for row in 0..<rows {
                for column in 0..<width { featureMeans[column] += matrix[row * width + column] }
                targetMean += targets[row]
            }
        }
        for column in 0..<width { featureMeans[column] /= Double(rows) }
        targetMean /= Double(rows)

        var gram = [Double](repeating: 0, count: width * width)
        var moment = [Double](repeating: 0, count: width)
        var centered = [Double](repeating: 0, count: width)
        features.values.withUnsafeBufferPointer { matrix in
            gram.withUnsafeMutableBufferPointer { gram in
                for row in 0..<rows {
                    for column in 0..<width { centered[column] = matrix[row * width + column] - featureMeans[column] }
                    let response = targets[row] - targetMean
                    for i in 0..<width {
                        let value = centered[i]
                        moment[i] += value * response
                        for j in 0...i { gram[i * width + j] += value * centered[j] }
                    }
                }
            }
        }
        for i in 0..<width {
            for j in 0..<i { gram[j * width + i] = gram[i * width + j] }
            gram[i * width + i] += alpha
        }
        let weights = width == 0 ? [] : try choleskySolve(gram, moment, size: width)
        var intercept = targetMean
        for column in 0..<width { intercept -= featureMeans[column] * weights[column] }
        var model = try RidgeRegression(coefficients: weights, intercept: intercept, featureNames: features.names, alpha: alpha)
        let predictions = try model.predict(features)
        var squaredError = 0.0
        for row in 0..<rows { squaredError += (targets[row] - predictions[row]) * (targets[row] - predictions[row]) }
        model = try RidgeRegression(
            coefficients: weights, intercept: intercept, featureNames: features.names, alpha: alpha, trainingLoss: [squaredError / Double(rows)])
        return model
    }

    /// w·x + b for every row.
    public func predict(_ features: FeatureMatrix) throws(ModelingError) -> [Double] {
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
}
