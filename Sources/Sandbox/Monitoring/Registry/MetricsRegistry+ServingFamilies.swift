/// The families the simulated serving fleet publishes (docs/monitoring.md lists them).
extension MetricsRegistry {
    /// Registers `requests_total{version,outcome}`, `request_latency_seconds{version}` (Prometheus'
    /// default buckets), `model_score{version}` (buckets 0.1 … 1.0), `replicas{version}` and
    /// `online_auc{version}`.
    public mutating func registerServingFamilies() throws(SandboxError) {
        try register("requests_total", help: "Prediction requests served, by model version and outcome (ok or error).",
                     kind: .counter, labels: ["version", "outcome"])
        try register("request_latency_seconds", help: "Time to answer one prediction request, in seconds.",
                     kind: .histogram(buckets: MetricBuckets.prometheusDefault), labels: ["version"])
        try register("model_score", help: "Scores the model returned, from 0 to 1.",
                     kind: .histogram(buckets: MetricBuckets.score), labels: ["version"])
        try register("replicas", help: "Replicas serving each model version.", kind: .gauge, labels: ["version"])
        try register("online_auc", help: "ROC AUC of each version on the labels that have arrived so far.",
                     kind: .gauge, labels: ["version"])
    }
}
