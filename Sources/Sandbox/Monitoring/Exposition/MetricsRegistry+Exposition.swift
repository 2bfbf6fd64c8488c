/// The registry as Prometheus' text exposition format 0.0.4, what a `/metrics` endpoint serves.
extension MetricsRegistry {
    /// The content type of `prometheusText(at:)`.
    public static let expositionContentType = "text/plain; version=0.0.4; charset=utf-8"

    /// Every family's current values: `# HELP` and `# TYPE` lines, then one line per sample;
    /// histograms as cumulative `_bucket{le="…"}` lines ending with `le="+Inf"`, then `_sum` and
    /// `_count`. Families are sorted by name and series by label values, so the text is the same
    /// for the same values. With `timestamps`, each sample ends with `time` in milliseconds.
    public func prometheusText(at time: Int64, timestamps: Bool = false) -> String {
        let suffix = timestamps ? " \(time * 1_000)\n" : "\n"
        var text = ""
        for familyPosition in families.indices.sorted(by: { Self.precedes(families[$0].name, families[$1].name) }) {
            let family = families[familyPosition]
            text += "# HELP \(family.name) \(ExpositionText.escapeHelp(family.help))\n"
            text += "# TYPE \(family.name) \(family.kind.typeName)\n"
            for series in sortedSeries(of: familyPosition) {
                let pairs = zip(family.labelNames, seriesLabelValues[series]).map { "\($0)=\"\(ExpositionText.escapeLabelValue($1))\"" }
                let labels = pairs.isEmpty ? "" : "{\(pairs.joined(separator: ","))}"
                let start = seriesStart[series]
                guard family.isHistogram else {
                    text += "\(family.name)\(labels) \(ExpositionText.number(current[start]))" + suffix
                    continue
                }
                var cumulative = 0.0
                for bucket in 0...family.bounds.count {
                    cumulative += current[start + bucket]
                    let bound = bucket < family.bounds.count ? ExpositionText.number(family.bounds[bucket]) : "+Inf"
                    let withBound = "{" + (pairs + ["le=\"\(bound)\""]).joined(separator: ",") + "}"
                    text += "\(family.name)_bucket\(withBound) \(ExpositionText.number(cumulative))" + suffix
                }
                text += "\(family.name)_sum\(labels) \(ExpositionText.number(current[start + family.bounds.count + 1]))" + suffix
                text += "\(family.name)_count\(labels) \(ExpositionText.number(cumulative))" + suffix
            }
        }
        return text
    }

    /// The series of a family, sorted by label values.
    public func handles(in familyName: String) -> [SeriesHandle] {
        guard let position = familyIndex[familyName] else { return [] }
        return sortedSeries(of: position).map { SeriesHandle(index: $0) }
    }

    /// A series' labels, name to value.
    public func labels(of handle: SeriesHandle) -> [String: String] {
        guard handle.index >= 0, handle.index < seriesCount else { return [:] }
        let names = families[seriesFamily[handle.index]].labelNames
        return Dictionary(uniqueKeysWithValues: zip(names, seriesLabelValues[handle.index]))
    }

    private func sortedSeries(of family: Int) -> [Int] {
        familySeries[family].sorted { left, right in
            seriesLabelValues[left].lexicographicallyPrecedes(seriesLabelValues[right], by: Self.precedes)
        }
    }

    /// Byte order of UTF-8, the same on every platform.
    private static func precedes(_ left: String, _ right: String) -> Bool {
        left.utf8.lexicographicallyPrecedes(right.utf8)
    }
}
