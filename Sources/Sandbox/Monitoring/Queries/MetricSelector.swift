/// Which series a query reads: a metric name and label matchers, like
/// `requests_total{version="v2",outcome="error"}`.
///
/// Only equality matchers (`=`) exist here; PromQL's `!=`, `=~` and `!~` are refused with a clear
/// error. Besides a family's own name, a histogram's `<name>_count` and `<name>_sum` can be
/// selected, as counters.
public struct MetricSelector: Sendable, Equatable, CustomStringConvertible {
    /// The metric name.
    public var metric: String
    /// The matchers, sorted by label name.
    public private(set) var matchers: [LabelMatcher]

    /// A selector of `metric` whose labels have these values.
    public init(_ metric: String, _ labels: [String: String] = [:]) {
        self.metric = metric
        self.matchers = labels.map { LabelMatcher($0.key, $0.value) }.sorted { $0.name < $1.name }
    }

    init(metric: String, matchers: [LabelMatcher]) {
        self.metric = metric
        self.matchers = matchers.sorted { $0.name < $1.name }
    }

    /// PromQL text: `requests_total{outcome="error",version="v2"}`.
    public var description: String {
        guard !matchers.isEmpty else { return metric }
        let pairs = matchers.map { "\($0.name)=\"\(ExpositionText.escapeLabelValue($0.value))\"" }
        return "\(metric){\(pairs.joined(separator: ","))}"
    }
}
