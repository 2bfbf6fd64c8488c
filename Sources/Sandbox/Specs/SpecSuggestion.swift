import Values

/// "Did you mean …?" for names a person typed: the closest known name within two edits.
enum SpecSuggestion {
    /// The most edits a suggestion may be away from what was typed.
    static let maximumEdits = 2

    /// The known name closest to `typed` (first in `known` on ties), if one is close enough.
    static func closest(to typed: String, in known: [String]) -> String? {
        var best: (name: String, distance: Int)?
        for name in known {
            let distance = TextDistance.edits(name, typed)
            guard distance <= maximumEdits else { continue }
            if best == nil || distance < (best?.distance ?? Int.max) { best = (name, distance) }
        }
        return best?.name
    }

    /// `did you mean 'x'?` when a name is close, otherwise `fallback`.
    static func hint(for typed: String, in known: [String], otherwise fallback: String?) -> String? {
        closest(to: typed, in: known).map { "did you mean '\($0)'?" } ?? fallback
    }
}
