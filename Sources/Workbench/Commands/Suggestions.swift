import Values

/// "Did you mean …?": the known words closest to a mistyped one.
public enum Suggestions {
    /// Candidates within a small edit distance of `word` (or that it is a prefix of), closest first.
    public static func closest(to word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let lowered = word.lowercased()
        let allowed = max(1, min(3, lowered.count / 3))
        var scored: [(distance: Int, word: String)] = []
        for candidate in Set(candidates) {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance <= allowed || (lowered.count >= 2 && candidate.hasPrefix(lowered)) {
                scored.append((distance, candidate))
            }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.word < $1.word }
        return scored.prefix(limit).map(\.word)
    }

    /// "did you mean 'a' or 'b'?", or nil when there is nothing close.
    public static func phrase(for word: String, among candidates: [String], prefix: String = "") -> String? {
        let close = closest(to: word, among: candidates)
        guard !close.isEmpty else { return nil }
        let quoted = close.map { "'\(prefix)\($0)'" }
        if quoted.count == 1 { return "did you mean \(quoted[0])?" }
        return "did you mean " + quoted.dropLast().joined(separator: ", ") + " or \(quoted.last ?? "")?"
    }

    /// The edit distance between two words (see `TextDistance.edits`).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        TextDistance.edits(a, b)
    }
}
