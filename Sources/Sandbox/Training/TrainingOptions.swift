import Modeling

/// Hyperparameters for `ModelTrainer`; nil means the estimator's default.
public struct TrainingOptions: Sendable, Equatable {
    /// The most iterations (L-BFGS) or trees (boosting) a training run may take.
    public static let maximumIterations = 10_000

    /// L2 strength: 1/C for logistic regression (default 1), alpha for ridge (default 1), leaf λ for boosting (default 0).
    public var l2: Double?
    /// How much each class counts (logistic regression only).
    public var classWeight: ClassWeight
    /// L-BFGS iterations for logistic regression (default 1000).
    public var maximumIterations: Int?
    /// Trees for boosting (default 100).
    public var treeCount: Int?
    /// Tree depth for boosting (default 3).
    public var depth: Int?
    /// Learning rate for boosting (default 0.1).
    public var learningRate: Double?

    /// Creates options.
    public init(
        l2: Double? = nil, classWeight: ClassWeight = .uniform, maximumIterations: Int? = nil, treeCount: Int? = nil,
        depth: Int? = nil, learningRate: Double? = nil
    ) {
        self.l2 = l2
        self.classWeight = classWeight
        self.maximumIterations = maximumIterations
        self.treeCount = treeCount
        self.depth = depth
        self.learningRate = learningRate
    }
}
