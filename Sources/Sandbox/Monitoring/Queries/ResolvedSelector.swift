/// A selector checked against a registry: which family, which of its numbers, which series.
struct ResolvedSelector {
    /// Which number of each series the selector reads.
    enum Part {
        /// A counter's or gauge's value, or a whole histogram.
        case whole
        /// A histogram's `_count` (its `+Inf` bucket).
        case histogramCount
        /// A histogram's `_sum`.
        case histogramSum
    }

    let family: MetricFamily
    let part: Part
    /// Matching series, in creation order.
    let series: [Int]

    /// The offset, inside a series' numbers, of the one column this selector reads.
    var column: Int {
        switch part {
        case .whole: 0
        case .histogramCount: family.bounds.count
        case .histogramSum: family.bounds.count + 1
        }
    }

    /// Whether the numbers read only go up (a counter, or a histogram's count or sum).
    var isCounterLike: Bool {
        family.tag == .counter || part != .whole
    }

    /// Whether this is a whole histogram.
    var isWholeHistogram: Bool { family.isHistogram && part == .whole }

    /// What kind of numbers this is, for messages: "a gauge", "a histogram's _count".
    var kindText: String {
        switch part {
        case .whole: family.tag == .gauge ? "a gauge" : family.tag == .counter ? "a counter" : "a histogram"
        case .histogramCount: "a histogram's _count (a counter)"
        case .histogramSum: "a histogram's _sum (a counter)"
        }
    }
}

extension MetricsRegistry {
    /// Resolves `selector`: unknown metrics and labels are errors; label values that no series has
    /// simply match nothing, as in Prometheus.
    func resolve(_ selector: MetricSelector) throws(SandboxError) -> ResolvedSelector {
        let (familyPosition, part) = try familyAndPart(of: selector.metric)
        let family = families[familyPosition]
        var wanted: [(label: Int, value: String)] = []
        for matcher in selector.matchers {
            guard let label = family.labelNames.firstIndex(of: matcher.name) else {
                if matcher.name == "le", family.isHistogram {
                    throw SandboxError("\(selector): buckets are not selected by le here; quantile(q, \"\(family.name)\", window) reads them all")
                }
                let labels = family.labelNames.isEmpty ? "it has no labels" : "its labels are \(family.labelNames.joined(separator: ", "))"
                let guess = MonitoringSuggestions.closest(to: matcher.name, among: family.labelNames).map { "did you mean \($0)? " } ?? ""
                throw SandboxError("\(selector): \(family.name) has no label \(matcher.name) (\(guess)\(labels))")
            }
            wanted.append((label, matcher.value))
        }
        let series = familySeries[familyPosition].filter { position in
            wanted.allSatisfy { seriesLabelValues[position][$0.label] == $0.value }
        }
        return ResolvedSelector(family: family, part: part, series: series)
    }

    private func familyAndPart(of metric: String) throws(SandboxError) -> (Int, ResolvedSelector.Part) {
        if let position = familyIndex[metric] { return (position, .whole) }
        for (suffix, part) in [("_count", ResolvedSelector.Part.histogramCount), ("_sum", .histogramSum), ("_bucket", .whole)] {
            guard metric.hasSuffix(suffix), let position = familyIndex[String(metric.dropLast(suffix.count))],
                  families[position].isHistogram else { continue }
            if suffix == "_bucket" {
                throw SandboxError("\(metric): select the histogram itself, \(families[position].name); quantile reads its buckets")
            }
            return (position, part)
        }
        throw SandboxError("no metric family named \(metric) (\(MonitoringSuggestions.family(near: metric, in: families)))")
    }
}
