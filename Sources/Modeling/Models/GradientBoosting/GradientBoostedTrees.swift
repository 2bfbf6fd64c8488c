import Glibc
import Values

/// What a boosted ensemble predicts and which loss it minimises.
public enum BoostingObjective: String, Sendable, Equatable, Codable {
    /// Binary classification: log loss on the raw score (log-odds).
    case binaryLogLoss
    /// Regression: squared error; the raw score is the prediction.
    case squaredError
}

/// Settings for `GradientBoostedTrees.fit`.
public struct GradientBoostingOptions: Sendable, Equatable {
    /// The loss to minimise.
    public var objective: BoostingObjective
    /// Number of trees (boosting rounds).
    public var treeCount: Int
    /// Shrinkage applied to every leaf value.
    public var learningRate: Double
    /// Deepest level a tree may reach (root is depth 0).
    public var maximumDepth: Int
    /// Fewest training rows a leaf may hold.
    public var minimumSamplesPerLeaf: Int
    /// L2 penalty λ on leaf values.
    public var l2: Double
    /// Most histogram bins per feature, at most 255.
    public var maximumBins: Int

    /// Creates options; defaults: 100 trees, learning rate 0.1, depth 3, 20 rows per leaf, λ = 0, 255 bins.
    public init(
        objective: BoostingObjective, treeCount: Int = 100, learningRate: Double = 0.1, maximumDepth: Int = 3,
        minimumSamplesPerLeaf: Int = 20, l2: Double = 0, maximumBins: Int = 255
    ) {
        self.objective = objective
        self.treeCount = treeCount
        self.learningRate = learningRate
        self.maximumDepth = maximumDepth
        self.minimumSamplesPerLeaf = minimumSamplesPerLeaf
        self.l2 = l2
        self.maximumBins = maximumBins
    }
}

/// A histogram-based gradient-boosted tree ensemble for binary classification or regression.
///
/// As scikit-learn's `HistGradientBoosting*` with `max_leaf_nodes=None`, `early_stopping=False` and
/// no categorical features: features are binned once (`FeatureBins`), each round fits a
/// depth-limited tree to the loss's gradients and hessians (`TreeGrower`), and the raw score is the
/// base score plus every tree's leaf value. Gradients and hessians are single precision, as in
/// scikit-learn (and LightGBM): half the memory for the histogram loop, and sums of them in double
/// precision come out exact, so the result does not depend on summation order. Raw scores match
/// scikit-learn 1.9 to the last bit on the reference vectors (Tests/ModelingTests/Vectors/gbdt.json),
/// missing values included. Above 200,000 rows scikit-learn learns bins from a random subsample
/// and this type from every row, so there the two part. Deterministic: the passes that run on several
/// cores (histograms, gradients, scores, the loss) give the serial result bit for bit.
public struct GradientBoostedTrees: Sendable, Equatable {
    /// The loss the ensemble was fitted for.
    public let objective: BoostingObjective
    /// The starting raw score: the mean target, or for log loss the log-odds of the positive rate.
    public let baseScore: Double
    /// The trees, in fitting order.
    public let trees: [DecisionTree]
    /// The feature names the model was trained on.
    public let featureNames: [String]
    /// Training loss (mean log loss, or mean squared error) after each tree.
    public let trainingLoss: [Double]

    /// Creates an ensemble from known parts.
    public init(objective: BoostingObjective, baseScore: Double, trees: [DecisionTree], featureNames: [String], trainingLoss: [Double] = []) throws(ModelingError) {
        for (index, tree) in trees.enumerated() where tree.feature.contains(where: { $0 >= featureNames.count }) {
            throw ModelingError(.malformedDocument, "tree \(index) tests a feature beyond the \(featureNames.count) the model has")
        }
        self.objective = objective
        self.baseScore = baseScore
        self.trees = trees
        self.featureNames = featureNames
        self.trainingLoss = trainingLoss
    }

    /// Fits the ensemble; 0/1 labels for `.binaryLogLoss`, finite targets for `.squaredError`.
    public static func fit(_ features: FeatureMatrix, targets: [Double], options: GradientBoostingOptions) throws(ModelingError) -> GradientBoostedTrees {
        try validate(options)
        if options.objective == .binaryLogLoss {
            try validateBinaryLabels(targets, rows: features.rowCount)
        } else {
            guard targets.count == features.rowCount, !targets.isEmpty else {
                throw ModelingError(.schemaMismatch, "the feature matrix has \(features.rowCount) rows but there are \(targets.count) targets; both must be equal and non-zero")
            }
            if let bad = targets.firstIndex(where: { !$0.isFinite }) {
                throw ModelingError(.invalidData, "target at row \(bad + 1) is \(targets[bad]); targets must be finite")
            }
        }
        let rows = features.rowCount
        let featureBins = try FeatureBins.fit(features, maximumBins: options.maximumBins)
        let bins = featureBins.binColumns(features)
        let hasMissing = (0..<features.columnCount).map { feature in bins[(feature * rows)..<((feature + 1) * rows)].contains(0) }
        let grower = TreeGrower(
            bins: bins, rowCount: rows, featureBins: featureBins, hasMissing: hasMissing, maximumDepth: options.maximumDepth,
            minimumSamplesPerLeaf: options.minimumSamplesPerLeaf, l2: options.l2, learningRate: options.learningRate)
        let base = baseline(options.objective, targets: targets)
        var scores = [Double](repeating: base, count: rows)
        var gradients = [Float](repeating: 0, count: rows)
        var hessians = [Float](repeating: 1, count: rows)
        var trees: [DecisionTree] = []
        var losses: [Double] = []
        for round in 0..<options.treeCount {
            // The gradients at the scores so far; the loss there (the loss after the previous tree)
            // is summed on another thread while this round's tree grows, from its own copy of the scores.
            gradientPass(options.objective, scores: scores, targets: targets, gradients: &gradients, hessians: &hessians)
            let loss = round > 0 ? Concurrently { [scores] in meanLoss(options.objective, scores: scores, targets: targets) } : nil
            trees.append(try grower.grow(gradients: gradients, hessians: hessians, scores: &scores))
            if let loss { losses.append(loss.value()) }
        }
        losses.append(meanLoss(options.objective, scores: scores, targets: targets))
        return try GradientBoostedTrees(objective: options.objective, baseScore: base, trees: trees, featureNames: features.names, trainingLoss: losses)
    }

    /// The raw score of every row: base score plus each tree's leaf value (log-odds for log loss).
    ///
    /// Rows are scored in chunks on all cores; each row's sum runs over the trees in order, so the
    /// scores are those of a serial loop.
    public func rawScores(_ features: FeatureMatrix) throws(ModelingError) -> [Double] {
        guard features.columnCount == featureNames.count else {
            throw ModelingError(.schemaMismatch, "the model has \(featureNames.count) features, the matrix has \(features.columnCount)")
        }
        let rows = features.rowCount
        var scores = [Double](repeating: baseScore, count: rows)
        features.values.withUnsafeBufferPointer { matrix in
            scores.withUnsafeMutableBufferPointer { scores in
                let pass = ScorePass(trees: trees, matrix: matrix, width: features.columnCount, scores: scores.baseAddress!)
                forEachRowChunk(rows, pass.run)
            }
        }
        return scores
    }

    /// Predictions: P(label = 1) for log loss, the raw score for squared error.
    public func predict(_ features: FeatureMatrix) throws(ModelingError) -> [Double] {
        let scores = try rawScores(features)
        return objective == .binaryLogLoss ? scores.map(sigmoid) : scores
    }

    private static func validate(_ options: GradientBoostingOptions) throws(ModelingError) {
        guard options.treeCount >= 1, options.maximumDepth >= 1, options.minimumSamplesPerLeaf >= 1 else {
            throw ModelingError(.invalidParameter, "tree count, maximum depth and minimum samples per leaf must each be at least 1")
        }
        guard options.learningRate > 0, options.learningRate.isFinite, options.l2 >= 0, options.l2.isFinite else {
            throw ModelingError(.invalidParameter, "learning rate must be positive and λ non-negative, got \(options.learningRate) and \(options.l2)")
        }
    }
}

/// The best constant raw score: the mean target, or for log loss the log-odds of the positive rate.
///
/// Source: scikit-learn's `fit_intercept_only` (numpy's mean; for `HalfBinomialLoss` the rate
/// clipped to [10ε, 1 − 10ε]) and scipy's `logit` (log1p(s) − log1p(−s) with s = 2(p − ½) for p in
/// [0.3, 0.65], which keeps precision near ½; log(p/(1 − p)) elsewhere).
private func baseline(_ objective: BoostingObjective, targets: [Double]) -> Double {
    let mean = targets.withUnsafeBufferPointer { pairwiseSum($0[...]) } / Double(targets.count)
    guard objective == .binaryLogLoss else { return mean }
    let epsilon = 10 * Double.ulpOfOne
    let rate = min(max(mean, epsilon), 1 - epsilon)
    if rate < 0.3 || rate > 0.65 { return log(rate / (1 - rate)) }
    let s = 2 * (rate - 0.5)
    return log1p(s) - log1p(-s)
}

/// The sum of `values` as numpy's add reduction forms it (its `pairwise_sum`), so the mean target
/// matches scikit-learn to the last bit: runs of up to 128 values in eight interleaved partial sums
/// (fewer than 8 in order), longer runs split in two at a multiple of 8. It is also more accurate
/// than a running total.
private func pairwiseSum(_ values: Slice<UnsafeBufferPointer<Double>>) -> Double {
    let count = values.count
    let start = values.startIndex
    if count < 8 {
        var total = 0.0
        for value in values { total += value }
        return total
    }
    if count <= 128 {
        var partial = (0..<8).map { values[start + $0] }
        var index = 8
        while index < count - count % 8 {
            for lane in 0..<8 { partial[lane] += values[start + index + lane] }
            index += 8
        }
        var total = ((partial[0] + partial[1]) + (partial[2] + partial[3])) + ((partial[4] + partial[5]) + (partial[6] + partial[7]))
        while index < count {
            total += values[start + index]
            index += 1
        }
        return total
    }
    let half = count / 2 - (count / 2) % 8
    return pairwiseSum(values[start..<(start + half)]) + pairwiseSum(values[(start + half)...])
}

/// Gradient p − y and hessian p(1 − p) of the log loss at raw score `score`, p = σ(score).
///
/// Source: scikit-learn's `cgrad_hess_half_binomial` (1.9): written with e = exp(−score), so no
/// 1 − p is formed and the hessian keeps its precision as p nears 1; below −37, p = exp(score).
///
/// `memo` keeps the exponential of scores seen before.
@inline(__always)
private func binomialGradientHessian(label y: Double, score z: Double, memo: inout ScoreMemo) -> (gradient: Double, hessian: Double) {
    if z > -37 {
        let e = memo.value(at: z) { exp(-$0) }
        return (((1 - y) - y * e) / (1 + e), e / ((1 + e) * (1 + e)))
    }
    let e = memo.value(at: z) { exp($0) }
    return (e - y, e)
}

/// Each row's gradient and hessian at its score, in chunks of rows on several cores: every row's
/// values are those of a serial loop, so the result is the same on any number of cores.
private func gradientPass(
    _ objective: BoostingObjective, scores: [Double], targets: [Double], gradients: inout [Float], hessians: inout [Float]
) {
    let rows = scores.count
    scores.withUnsafeBufferPointer { scores in
        targets.withUnsafeBufferPointer { targets in
            gradients.withUnsafeMutableBufferPointer { gradients in
                hessians.withUnsafeMutableBufferPointer { hessians in
                    let pass = RowPass(
                        objective: objective, scores: scores.baseAddress!, targets: targets.baseAddress!, gradients: gradients.baseAddress!,
                        hessians: hessians.baseAddress!)
                    forEachRowChunk(rows, pass.run)
                }
            }
        }
    }
}

/// ``gradientPass(_:scores:targets:gradients:hessians:)`` over raw storage: a chunk of rows reads
/// shared scores and targets and writes only its own rows.
private struct RowPass: @unchecked Sendable {
    let objective: BoostingObjective
    let scores: UnsafePointer<Double>
    let targets: UnsafePointer<Double>
    let gradients: UnsafeMutablePointer<Float>
    let hessians: UnsafeMutablePointer<Float>

    func run(_ rows: Range<Int>) {
        var memo = ScoreMemo()
        for row in rows {
            let z = scores[row]
            switch objective {
            case .binaryLogLoss:
                let (gradient, hessian) = binomialGradientHessian(label: targets[row], score: z, memo: &memo)
                gradients[row] = Float(gradient)
                hessians[row] = Float(hessian)
            case .squaredError:
                gradients[row] = Float(z - targets[row])
            }
        }
    }
}

/// ``GradientBoostedTrees/rawScores(_:)`` over raw storage: a chunk of rows reads the shared matrix
/// and writes only its own scores.
private struct ScorePass: @unchecked Sendable {
    let trees: [DecisionTree]
    let matrix: UnsafeBufferPointer<Double>
    let width: Int
    let scores: UnsafeMutablePointer<Double>

    func run(_ rows: Range<Int>) {
        for row in rows {
            var score = scores[row]
            for tree in trees { score += tree.value[tree.leaf(matrix, start: row * width)] }
            scores[row] = score
        }
    }
}

private func meanLoss(_ objective: BoostingObjective, scores: [Double], targets: [Double]) -> Double {
    var total = 0.0
    var memo = ScoreMemo()
    for row in 0..<scores.count {
        let z = scores[row]
        switch objective {
        case .binaryLogLoss: total += max(z, 0) + memo.value(at: z) { log1p(exp(-abs($0))) } - targets[row] * z
        case .squaredError: total += (z - targets[row]) * (z - targets[row])
        }
    }
    return total / Double(scores.count)
}
