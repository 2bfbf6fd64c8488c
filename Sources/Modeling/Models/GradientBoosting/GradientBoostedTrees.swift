import Glibc

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
/// Like scikit-learn's `HistGradientBoosting*` in outline: features are binned once at training
/// quantiles, each round fits a depth-limited tree to the loss's gradients and hessians, and the
/// raw score is the base score plus every tree's leaf value. Single-threaded and deterministic.
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
        let grower = TreeGrower(
            bins: featureBins.binColumns(features), rowCount: rows, featureBins: featureBins, maximumDepth: options.maximumDepth,
            minimumSamplesPerLeaf: options.minimumSamplesPerLeaf, l2: options.l2, learningRate: options.learningRate)
        var targetMean = 0.0
        for target in targets { targetMean += target }
        targetMean /= Double(rows)
        let base = options.objective == .binaryLogLoss ? log(targetMean / (1 - targetMean)) : targetMean
        var scores = [Double](repeating: base, count: rows)
        var gradients = [Double](repeating: 0, count: rows)
        var hessians = [Double](repeating: 1, count: rows)
        var trees: [DecisionTree] = []
        var losses: [Double] = []
        for _ in 0..<options.treeCount {
            for row in 0..<rows {
                switch options.objective {
                case .binaryLogLoss:
                    let probability = sigmoid(scores[row])
                    gradients[row] = probability - targets[row]
                    hessians[row] = probability * (1 - probability)
                case .squaredError:
                    gradients[row] = scores[row] - targets[row]
                }
            }
            trees.append(try grower.grow(gradients: gradients, hessians: hessians, scores: &scores))
            losses.append(meanLoss(options.objective, scores: scores, targets: targets))
        }
        return try GradientBoostedTrees(objective: options.objective, baseScore: base, trees: trees, featureNames: features.names, trainingLoss: losses)
    }

    /// The raw score of every row: base score plus each tree's leaf value (log-odds for log loss).
    public func rawScores(_ features: FeatureMatrix) throws(ModelingError) -> [Double] {
        guard features.columnCount == featureNames.count else {
            throw ModelingError(.schemaMismatch, "the model has \(featureNames.count) features, the matrix has \(features.columnCount)")
        }
        let width = features.columnCount
        return features.values.withUnsafeBufferPointer { matrix in
            (0..<features.rowCount).map { row in
                var score = baseScore
                for tree in trees { score += tree.value[tree.leaf(matrix, start: row * width)] }
                return score
            }
        }
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

private func meanLoss(_ objective: BoostingObjective, scores: [Double], targets: [Double]) -> Double {
    var total = 0.0
    for row in 0..<scores.count {
        let z = scores[row]
        switch objective {
        case .binaryLogLoss: total += max(z, 0) + log1p(exp(-abs(z))) - targets[row] * z
        case .squaredError: total += (z - targets[row]) * (z - targets[row])
        }
    }
    return total / Double(scores.count)
}
