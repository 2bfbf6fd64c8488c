/// Which way is better for a metric, so "best" means the same everywhere.
public enum MetricDirection {
    /// True for losses and errors (log_loss, ece, rmse, mae, mape, anything ending in `_loss`,
    /// `.loss` or `_error`); false for scores such as auc, f1 and accuracy.
    public static func lowerIsBetter(_ metric: String) -> Bool {
        ["log_loss", "ece", "rmse", "mae", "mape"].contains(metric) || metric.hasSuffix("_loss") || metric.hasSuffix(".loss")
            || metric.hasSuffix("_error")
    }
}
