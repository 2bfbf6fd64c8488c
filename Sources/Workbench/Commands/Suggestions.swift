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

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }
}
