/// Bucket upper bounds for the histograms the simulator publishes.
public enum MetricBuckets {
    /// Prometheus' default buckets (client_golang's `DefBuckets`), in seconds: .005 … 10, then `+Inf`.
    public static let prometheusDefault: [Double] = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10]

    /// Model scores in tenths: 0.1, 0.2, … 1.0, then `+Inf`.
    public static let score: [Double] = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
}
