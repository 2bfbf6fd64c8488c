/// Counters, gauges and histograms with labels, in Prometheus' model, and the history of their
/// scrapes for windowed queries.
///
/// Register a family once, get a `SeriesHandle` for each label-value combination once, then record
/// through the handle: recording touches only contiguous arrays of numbers. `scrape(at:)` copies
/// every series' value into the history that `rate`, `quantile` and the other queries read.
///
/// A value: copying a registry copies its history, and a failed call changes nothing.
public struct MetricsRegistry: Sendable {
    /// Every family, in the order registered.
    public private(set) var families: [MetricFamily] = []
    var familyIndex: [String: Int] = [:]
    /// Series positions of each family, in the order created.
    var familySeries: [[Int]] = []

    // Per series, by handle index.
    var seriesFamily: ContiguousArray<Int> = []
    /// First position of the series in `current` and first history column (the same layout).
    var seriesStart: ContiguousArray<Int> = []
    /// The sequence number of the first scrape that saw the series.
    var seriesFirstScrape: ContiguousArray<Int> = []
    /// Label values in the family's label-name order.
    var seriesLabelValues: [[String]] = []
    var seriesIndex: [SeriesKey: Int] = [:]

    /// Current values: a counter's or gauge's value; a histogram's per-bucket counts (not
    /// cumulative; the last is `+Inf`) and then its sum.
    var current: ContiguousArray<Double> = []
    var history: ScrapeHistory

    struct SeriesKey: Hashable {
        var family: Int
        var labelValues: [String]
    }

    /// An empty registry that keeps the last 11,520 scrapes (8 days at one a minute).
    public init() {
        history = ScrapeHistory(capacity: MonitoringLimits.defaultRetainedScrapes)
    }

    /// An empty registry that keeps the last `retainedScrapes` scrapes (2 to 200,000).
    ///
    /// Memory grows with series × retained scrapes: 8 bytes per counter or gauge per scrape, and
    /// 8 × (buckets + 2) per histogram series.
    public init(retainedScrapes: Int) throws(SandboxError) {
        guard (2...MonitoringLimits.maximumRetainedScrapes).contains(retainedScrapes) else {
            throw SandboxError(
                "a registry keeps 2 to \(MonitoringLimits.maximumRetainedScrapes) scrapes; got \(retainedScrapes)",
                hint: "8 days at one scrape a minute is 11520")
        }
        history = ScrapeHistory(capacity: retainedScrapes)
    }

    /// How many series the registry holds.
    public var seriesCount: Int { seriesFamily.count }

    /// How many scrapes the history keeps at most.
    public var retainedScrapes: Int { history.capacity }

    /// Times of the scrapes kept, oldest first.
    public var scrapeTimes: [Int64] { (0..<history.count).map { history.time(at: $0) } }

    /// The family named `name`, if registered.
    public func family(named name: String) -> MetricFamily? {
        familyIndex[name].map { families[$0] }
    }

    /// Registers a family. Names follow Prometheus' rules; counter names end in `_total`; a
    /// histogram may not use the label `le`, and its name may not end in `_bucket`, `_sum` or `_count`.
    public mutating func register(
        _ name: String, help: String, kind: MetricKind, labels: [String] = []
    ) throws(SandboxError) {
        try MetricNameRules.checkMetricName(name)
        guard familyIndex[name] == nil else { throw SandboxError("the metric family \(name) is already registered") }
        guard families.count < MonitoringLimits.maximumFamilies else {
            throw SandboxError("a registry holds at most \(MonitoringLimits.maximumFamilies) metric families")
        }
        guard help.utf8.count <= MonitoringLimits.maximumHelpBytes else {
            throw SandboxError("help text is at most \(MonitoringLimits.maximumHelpBytes) bytes; \(name)'s has \(help.utf8.count)")
        }
        let kind = try checked(kind, of: name)
        try checkLabels(labels, of: name, kind: kind)
        try checkSampleNamesAreFree(name, kind: kind)
        familyIndex[name] = families.count
        families.append(MetricFamily(name: name, help: help, kind: kind, labelNames: labels))
        familySeries.append([])
    }

    /// The handle of the series of `name` with these label values (every label of the family,
    /// no others), created at zero the first time it is asked for.
    public mutating func series(_ name: String, _ labels: [String: String] = [:]) throws(SandboxError) -> SeriesHandle {
        guard let familyPosition = familyIndex[name] else {
            throw SandboxError("no metric family named \(name)", hint: MonitoringSuggestions.family(near: name, in: families))
        }
        let family = families[familyPosition]
        var values: [String] = []
        values.reserveCapacity(family.labelNames.count)
        for labelName in family.labelNames {
            guard let value = labels[labelName] else {
                throw SandboxError(
                    "\(name) needs a value for the label \(labelName)",
                    hint: "its labels are \(family.labelNames.joined(separator: ", "))")
            }
            guard value.utf8.count <= MonitoringLimits.maximumLabelValueBytes else {
                throw SandboxError(
                    "a label value is at most \(MonitoringLimits.maximumLabelValueBytes) bytes; \(labelName) has \(value.utf8.count)")
            }
            values.append(value)
        }
        if let unknown = labels.keys.sorted().first(where: { !family.labelNames.contains($0) }) {
            throw SandboxError(
                "\(name) has no label \(unknown)",
                hint: family.labelNames.isEmpty ? "it has no labels" : "its labels are \(family.labelNames.joined(separator: ", "))")
        }
        let key = SeriesKey(family: familyPosition, labelValues: values)
        if let existing = seriesIndex[key] { return SeriesHandle(index: existing) }
        guard seriesFamily.count < MonitoringLimits.maximumSeries else {
            throw SandboxError(
                "a registry holds at most \(MonitoringLimits.maximumSeries) series",
                hint: "a label whose values grow without bound (a user id, a request id) makes a series each; drop that label")
        }
        let position = seriesFamily.count
        seriesFamily.append(familyPosition)
        seriesStart.append(current.count)
        seriesFirstScrape.append(history.total)
        seriesLabelValues.append(values)
        seriesIndex[key] = position
        familySeries[familyPosition].append(position)
        current.append(contentsOf: repeatElement(0, count: family.width))
        history.addColumns(family.width)
        return SeriesHandle(index: position)
    }

    /// The family and label values of a series, as `name{label="value",…}`.
    public func describe(_ handle: SeriesHandle) -> String {
        guard handle.index >= 0, handle.index < seriesCount else { return "(no such series)" }
        let family = families[seriesFamily[handle.index]]
        let values = seriesLabelValues[handle.index]
        guard !values.isEmpty else { return family.name }
        let pairs = zip(family.labelNames, values).map { "\($0)=\"\(ExpositionText.escapeLabelValue($1))\"" }
        return "\(family.name){\(pairs.joined(separator: ","))}"
    }

    private func checkLabels(_ labels: [String], of name: String, kind: MetricKind) throws(SandboxError) {
        guard labels.count <= MonitoringLimits.maximumLabels else {
            throw SandboxError("a family has at most \(MonitoringLimits.maximumLabels) labels; \(name) has \(labels.count)")
        }
        for (position, label) in labels.enumerated() {
            try MetricNameRules.checkLabelName(label, of: name)
            guard !labels[..<position].contains(label) else { throw SandboxError("\(name) names the label \(label) twice") }
            if case .histogram = kind, label == "le" {
                throw SandboxError("a histogram cannot have a label named le: its buckets use it (\(name))")
            }
        }
    }

    /// The kind as stored: a histogram's trailing `+Inf` bound is dropped, as it is implicit.
    private func checked(_ kind: MetricKind, of name: String) throws(SandboxError) -> MetricKind {
        switch kind {
        case .counter:
            guard name.hasSuffix("_total") else {
                throw SandboxError("counter names end in _total, as Prometheus' naming convention asks; got \(name)",
                                   hint: "for example \(name)_total")
            }
            return kind
        case .gauge:
            return kind
        case .histogram(let buckets):
            if let suffix = MetricNameRules.histogramSuffixes.first(where: { name.hasSuffix($0) }) {
                throw SandboxError("a histogram's name cannot end in \(suffix): its samples add that suffix (\(name))")
            }
            var bounds = buckets
            if bounds.last == .infinity { bounds.removeLast() }
            guard !bounds.isEmpty, bounds.count <= MonitoringLimits.maximumBuckets else {
                throw SandboxError("a histogram needs 1 to \(MonitoringLimits.maximumBuckets) finite bucket bounds; \(name) has \(bounds.count)")
            }
            guard bounds.allSatisfy(\.isFinite), zip(bounds, bounds.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw SandboxError("\(name)'s bucket bounds must be finite and strictly increasing (+Inf is added for you)")
            }
            return .histogram(buckets: bounds)
        }
    }

    /// Refuses a family whose samples would share a name with another family's samples.
    private func checkSampleNamesAreFree(_ name: String, kind: MetricKind) throws(SandboxError) {
        let own: [String] = if case .histogram = kind { MetricNameRules.histogramSuffixes.map { name + $0 } } else { [name] }
        for family in families {
            let theirs: [String] = family.isHistogram ? MetricNameRules.histogramSuffixes.map { family.name + $0 } : [family.name]
            if let clash = own.first(where: { theirs.contains($0) }) {
                throw SandboxError("\(name) would write samples named \(clash), which \(family.name) already writes")
            }
        }
    }
}
