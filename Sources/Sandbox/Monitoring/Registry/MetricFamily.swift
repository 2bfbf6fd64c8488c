/// A metric family: a name, what it means, its type and the names of the labels that tell its
/// series apart, like `requests_total{version, outcome}`.
public struct MetricFamily: Sendable, Equatable {
    /// The metric name, such as `requests_total`.
    public let name: String
    /// One line for `# HELP`.
    public let help: String
    /// Counter, gauge or histogram (with its buckets).
    public let kind: MetricKind
    /// Label names in the order series give their values, such as `["version", "outcome"]`.
    public let labelNames: [String]

    /// Finite bucket upper bounds of a histogram (empty otherwise); `+Inf` is implicit.
    let bounds: ContiguousArray<Double>
    /// The kind without its buckets, cheap to compare on the recording path.
    let tag: Tag

    /// The kind without its buckets.
    enum Tag: Sendable, Equatable {
        case counter, gauge, histogram
    }

    init(name: String, help: String, kind: MetricKind, labelNames: [String]) {
        self.name = name
        self.help = help
        self.kind = kind
        self.labelNames = labelNames
        switch kind {
        case .counter: (bounds, tag) = ([], .counter)
        case .gauge: (bounds, tag) = ([], .gauge)
        case .histogram(let buckets): (bounds, tag) = (ContiguousArray(buckets), .histogram)
        }
    }

    /// Numbers one series keeps: 1 for a counter or gauge; for a histogram one count per bucket
    /// (the last is `+Inf`) and the sum.
    var width: Int { tag == .histogram ? bounds.count + 2 : 1 }

    /// Whether this is a histogram.
    var isHistogram: Bool { tag == .histogram }
}
