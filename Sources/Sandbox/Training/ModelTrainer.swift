import Modeling

/// Trains a `TrainedModel` on a dataset: fits (or reuses) the feature pipeline, then the estimator.
public enum ModelTrainer {
    /// Trains `kind` to predict `target` from every feature column of `dataset`.
    ///
    /// `pipeline`, when given, is a feature pipeline already fitted on training data (a pipeline's
    /// `transform` step); otherwise one is fitted here, on `dataset` only. Any other column marked
    /// as a target is left out, so a second label never leaks into the features.
    public static func train(
        _ dataset: Dataset, target: String, kind: ModelKind, options: TrainingOptions = TrainingOptions(),
        pipeline fittedPipeline: FeaturePipeline? = nil
    ) throws(ModelingError) -> TrainedModel {
        let prepared = try withTarget(dataset, target)
        let labels = try prepared.targetValues()
        try checkTarget(labels, kind: kind, column: target)
        try checkOptions(options)
        let pipeline: FeaturePipeline
        if let fitted = fittedPipeline { pipeline = fitted } else { pipeline = try FeaturePipeline.fit(on: prepared) }
        let features = try pipeline.transform(prepared)
        let estimator: TrainedModel.Estimator
        switch kind {
        case .logisticRegression:
            let l2 = options.l2 ?? 1
            guard l2 > 0 else { throw ModelingError(.invalidParameter, "l2 must be above 0 for logistic regression (it is 1/C)") }
            estimator = .logistic(try LogisticRegression.fit(
                features, labels: labels,
                options: LogisticRegressionOptions(
                    inverseRegularization: 1 / l2, classWeight: options.classWeight, maximumIterations: options.maximumIterations ?? 1000)))
        case .linearRegression:
            estimator = .linear(try RidgeRegression.fit(features, targets: labels, alpha: options.l2 ?? 1))
        case .gbdt:
            let binary = Set(labels).isSubset(of: [0, 1])
            estimator = .boosted(try GradientBoostedTrees.fit(
                features, targets: labels,
                options: GradientBoostingOptions(
                    objective: binary ? .binaryLogLoss : .squaredError, treeCount: options.treeCount ?? 100,
                    learningRate: options.learningRate ?? 0.1, maximumDepth: options.depth ?? 3, l2: options.l2 ?? 0)))
        }
        return TrainedModel(kind: kind, target: target, trainedOn: dataset.contentHash, pipeline: pipeline, estimator: estimator)
    }

    /// `dataset` with `target` as its only target column (other target columns become ids, never features).
    public static func withTarget(_ dataset: Dataset, _ target: String) throws(ModelingError) -> Dataset {
        var prepared = try dataset.settingRole(.target, forColumn: target)
        for column in prepared.columns where column.role == .target && column.name != target {
            prepared = try prepared.settingRole(.id, forColumn: column.name)
        }
        return prepared
    }

    private static func checkTarget(_ labels: [Double], kind: ModelKind, column: String) throws(ModelingError) {
        if kind == .logisticRegression, !Set(labels).isSubset(of: [0, 1]) {
            throw ModelingError(
                .invalidData, "logistic regression needs a 0/1 target; '\(column)' has other values (use linear-regression or gbdt)")
        }
        if Set(labels).count < 2 {
            throw ModelingError(.invalidData, "the target column '\(column)' has a single value; there is nothing to learn")
        }
    }

    private static func checkOptions(_ options: TrainingOptions) throws(ModelingError) {
        if let l2 = options.l2, !(l2.isFinite && l2 >= 0) {
            throw ModelingError(.invalidParameter, "l2 must be a finite number of 0 or more, not \(l2)")
        }
        for (name, value) in [("max_iterations", options.maximumIterations), ("trees", options.treeCount)] {
            if let value, !(1...TrainingOptions.maximumIterations).contains(value) {
                throw ModelingError(.capExceeded, "\(name) must be between 1 and \(TrainingOptions.maximumIterations), not \(value)")
            }
        }
        if let depth = options.depth, !(1...8).contains(depth) {
            throw ModelingError(.invalidParameter, "depth must be between 1 and 8, not \(depth)")
        }
        if let rate = options.learningRate, !(rate > 0 && rate <= 1) {
            throw ModelingError(.invalidParameter, "learning_rate must be above 0 and at most 1, not \(rate)")
        }
    }
}
