import Modeling

/// A metric an ML test measures, computed by `Modeling`'s metric functions.
public enum ModelMetric: String, Sendable, Equatable, CaseIterable {
    /// Area under the ROC curve (`rocAUC`).
    case auc
    /// Average precision, the area under the precision-recall curve (`averagePrecision`).
    case prAUC = "pr_auc"
    /// Share of rows classified right at threshold 0.5 (`ThresholdMetrics`).
    case accuracy
    /// Binary cross-entropy (`logLoss`).
    case logLoss = "log_loss"
    /// Root mean squared error (`rootMeanSquaredError`).
    case rmse
    /// Mean absolute error (`meanAbsoluteError`).
    case mae

    /// Whether a larger value is better (false for the losses and errors).
    public var higherIsBetter: Bool {
        switch self {
        case .auc, .prAUC, .accuracy: true
        case .logLoss, .rmse, .mae: false
        }
    }

    /// Whether the metric is undefined unless both classes are present.
    var needsBothClasses: Bool { self == .auc || self == .prAUC }

    /// The metric of `scores` against `labels`.
    public func measure(labels: [Double], scores: [Double]) throws(ModelingError) -> Double {
        switch self {
        case .auc: try Modeling.rocAUC(labels: labels, scores: scores)
        case .prAUC: try averagePrecision(labels: labels, scores: scores)
        case .accuracy: try ThresholdMetrics(labels: labels, probabilities: scores, threshold: 0.5).accuracy
        case .logLoss: try Modeling.logLoss(labels: labels, probabilities: scores)
        case .rmse: try rootMeanSquaredError(actual: labels, predicted: scores)
        case .mae: try meanAbsoluteError(actual: labels, predicted: scores)
        }
    }
}
