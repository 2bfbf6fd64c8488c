import Values

/// "Did you mean …?" for misspelt metric and label names.
enum MonitoringSuggestions {
    static func family(near name: String, in families: [MetricFamily]) -> String {
        let names = families.map(\.name)
        guard !names.isEmpty else { return "no metric family is registered yet" }
        return closest(to: name, among: names).map { "did you mean \($0)?" }
            ?? "registered: \(names.sorted().joined(separator: ", "))"
    }

    static func closest(to name: String, among candidates: [String]) -> String? {
        let scored = candidates.map { (candidate: $0, distance: TextDistance.edits(name, $0)) }
        guard let best = scored.min(by: { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }) else { return nil }
        return best.distance <= max(2, name.count / 4) ? best.candidate : nil
    }
}
