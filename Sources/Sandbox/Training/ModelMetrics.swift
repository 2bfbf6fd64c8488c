import Modeling

/// The metrics of a model's predictions against labels, named as the learner sees them.
public enum ModelMetrics {
    /// Classifiers: auc, pr_auc, log_loss, ece, accuracy, precision, recall, f1 (at `threshold`).
    /// Regressors: rmse, mae, and mape when no label is zero.
    public static func measure(
        classifier: Bool, labels: [Double], predictions: [Double], threshold: Double = 0.5
    ) throws(ModelingError) -> [(name: String, value: Double)] {
        if classifier {
            let counts = try ThresholdMetrics(labels: labels, probabilities: predictions, threshold: threshold)
            return [
                ("auc", try rocAUC(labels: labels, scores: predictions)),
                ("pr_auc", try averagePrecision(labels: labels, scores: predictions)),
                ("log_loss", try logLoss(labels: labels, probabilities: predictions)),
                ("ece", try expectedCalibrationError(labels: labels, probabilities: predictions)),
                ("accuracy", counts.accuracy), ("precision", counts.precision), ("recall", counts.recall), ("f1", counts.f1),
            ]
        }
        var metrics: [(name: String, value: Double)] = [
            ("rmse", try rootMeanSquaredError(actual: labels, predicted: predictions)),
            ("mae", try meanAbsoluteError(actual: labels, predicted: predictions)),
        ]
        // scikit-learn's MAPE divides a zero label by machine epsilon: a meaningless 1e15, so none.
        if !labels.contains(0), let mape = try? meanAbsolutePercentageError(actual: labels, predicted: predictions) {
            metrics.append(("mape", mape))
        }
        return metrics
    }

    /// Scores `model` on `dataset`, which must hold the model's target column.
    public static func measure(
        _ model: TrainedModel, on dataset: Dataset, threshold: Double = 0.5
    ) throws(ModelingError) -> [(name: String, value: Double)] {
        let prepared = try ModelTrainer.withTarget(dataset, model.target)
        let labels = try prepared.targetValues()
        return try measure(classifier: model.isClassifier, labels: labels, predictions: model.predict(prepared), threshold: threshold)
    }
}
