/// What a metric family measures, in Prometheus' model.
public enum MetricKind: Sendable, Equatable {
    /// A count that only goes up, or back to zero when the process restarts: requests served, errors.
    case counter
    /// A value that goes up and down: replicas, online AUC.
    case gauge
    /// Observations counted into buckets by upper bound, with their sum: latencies, scores.
    ///
    /// `buckets` are the finite upper bounds, strictly increasing; the `+Inf` bucket is implicit.
    case histogram(buckets: [Double])

    /// The word a `# TYPE` line uses: `counter`, `gauge` or `histogram`.
    public var typeName: String {
        switch self {
        case .counter: "counter"
        case .gauge: "gauge"
        case .histogram: "histogram"
        }
    }
}
