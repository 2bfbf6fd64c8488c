import Modeling

/// A trained model as it is packaged and served: the fitted feature pipeline, the estimator and
/// what it predicts.
public struct TrainedModel: Sendable, Equatable {
    /// The fitted estimator.
    public enum Estimator: Sendable, Equatable {
        /// Logistic regression.
        case logistic(LogisticRegression)
        /// Ridge regression.
        case linear(RidgeRegression)
        /// Gradient-boosted trees.
        case boosted(GradientBoostedTrees)
    }

    /// Which estimator it is.
    public var kind: ModelKind
    /// The target column it predicts.
    public var target: String
    /// The content hash of the dataset it was trained on.
    public var trainedOn: String
    /// The feature transforms, fitted on the training data only.
    public var pipeline: FeaturePipeline
    /// The estimator.
    public var estimator: Estimator

    /// Creates a model.
    public init(kind: ModelKind, target: String, trainedOn: String, pipeline: FeaturePipeline, estimator: Estimator) {
        self.kind = kind
        self.target = target
        self.trainedOn = trainedOn
        self.pipeline = pipeline
        self.estimator = estimator
    }

    /// Whether it predicts the probability of the positive class.
    public var isClassifier: Bool {
        switch estimator {
        case .logistic: true
        case .linear: false
        case .boosted(let trees): trees.objective == .binaryLogLoss
        }
    }

    /// Predictions for already transformed features: probabilities for classifiers, values for regressors.
    public func predict(_ features: FeatureMatrix) throws(ModelingError) -> [Double] {
        switch estimator {
        case .logistic(let model): try model.probabilities(features)
        case .linear(let model): try model.predict(features)
        case .boosted(let model): try model.predict(features)
        }
    }

    /// Predictions for every row of `dataset`, through the stored feature pipeline.
    public func predict(_ dataset: Dataset) throws(ModelingError) -> [Double] {
        try predict(pipeline.transform(dataset))
    }

    /// The estimator's loss after each training iteration.
    public var trainingLoss: [Double] {
        switch estimator {
        case .logistic(let model): model.trainingLoss
        case .linear(let model): model.trainingLoss
        case .boosted(let model): model.trainingLoss
        }
    }

    /// Feature contributions of one row (exact for linear models, path contributions for trees).
    public func contributions(_ features: FeatureMatrix, row: Int) throws(ModelingError) -> FeatureContributions {
        switch estimator {
        case .logistic(let model): try model.contributions(features, row: row)
        case .linear(let model): try model.contributions(features, row: row)
        case .boosted(let model): try model.contributions(features, row: row)
        }
    }
}
