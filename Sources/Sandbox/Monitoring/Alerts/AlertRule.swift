/// An alerting rule as Prometheus writes one: a name, a condition, how long the condition must
/// hold before the alert fires (`for`), and optional labels and annotations.
///
/// ```yaml
/// - alert: HighErrorRate
///   expr: ratio("requests_total{outcome=\"error\",version=\"v2\"}", "requests_total{version=\"v2\"}", "5m") > 0.05
///   for: 2m
/// ```
public struct AlertRule: Sendable, Equatable {
    /// The alert's name, such as `HighErrorRate`.
    public let name: String
    /// The condition, evaluated with the registry's query functions; it must give true or false.
    public let condition: Expression
    /// Seconds the condition must keep holding before the alert fires: Prometheus' `for`. 0 fires at once.
    public let holdDuration: Int64
    /// Labels the alert carries, such as `severity: page`.
    public let labels: [String: String]
    /// Annotations, such as `summary`.
    public let annotations: [String: String]

    /// Creates a rule; the name follows Prometheus' metric-name rules and `for` is 0 to 400 days.
    public init(
        name: String, condition: Expression, for holdDuration: Int64 = 0,
        labels: [String: String] = [:], annotations: [String: String] = [:]
    ) throws(SandboxError) {
        guard MetricNameRules.isMetricName(name), name.utf8.count <= MonitoringLimits.maximumNameBytes else {
            throw SandboxError("'\(name)' is not a valid alert name", hint: "use letters, digits and '_', like HighErrorRate")
        }
        guard (0...QueryDuration.maximumSeconds).contains(holdDuration) else {
            throw SandboxError("an alert's for is 0 seconds to 400 days; \(name) has \(holdDuration) seconds")
        }
        guard labels.count <= MonitoringLimits.maximumLabels, annotations.count <= MonitoringLimits.maximumLabels else {
            throw SandboxError("an alert has at most \(MonitoringLimits.maximumLabels) labels and as many annotations; \(name) has more")
        }
        for label in labels.keys.sorted() { try MetricNameRules.checkLabelName(label, of: name) }
        for (key, value) in labels.sorted(by: { $0.key < $1.key }) + annotations.sorted(by: { $0.key < $1.key })
        where value.utf8.count > MonitoringLimits.maximumHelpBytes {
            throw SandboxError("\(name)'s \(key) is longer than \(MonitoringLimits.maximumHelpBytes) bytes")
        }
        self.name = name
        self.condition = condition
        self.holdDuration = holdDuration
        self.labels = labels
        self.annotations = annotations
    }
}
