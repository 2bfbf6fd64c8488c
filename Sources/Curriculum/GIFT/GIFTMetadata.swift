/// The fields of a question that GIFT has no form for, kept in a comment directly above the
/// question — `// mlops-lab: lesson=<slug> difficulty=<n> weights=default` — which Moodle
/// ignores like any comment. `weights=default` says that a multiple-answer question had no
/// weights and the exporter wrote the default ones.
struct GIFTMetadata: Sendable, Equatable {
    /// The comment's prefix after `//`.
    static let prefix = "mlops-lab:"

    var lesson: String?
    var difficulty: Int?
    var defaultWeights = false

    /// The comment line for these fields, or nil when there is nothing to say.
    var commentLine: String? {
        var settings: [String] = []
        if let lesson, !lesson.isEmpty { settings.append("lesson=\(lesson)") }
        if let difficulty { settings.append("difficulty=\(difficulty)") }
        if defaultWeights { settings.append("weights=default") }
        return settings.isEmpty ? nil : "// \(Self.prefix) " + settings.joined(separator: " ")
    }

    /// Reads the settings after `mlops-lab:`; unknown or unreadable ones are reported through
    /// `warn` and otherwise ignored.
    init(settings: Substring, warn: (GIFTMessage) -> Void) {
        for token in settings.split(whereSeparator: \.isWhitespace) {
            let parts = token.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            switch (parts.first, parts.count) {
            case ("lesson", 2):
                lesson = String(parts[1])
            case ("difficulty", 2):
                if let value = Int(parts[1]) { difficulty = value } else { warn(GIFTMessages.badDifficulty(String(parts[1]))) }
            case ("weights", 2) where parts[1] == "default":
                defaultWeights = true
            default:
                warn(GIFTMessages.unknownMetadata(String(token)))
            }
        }
    }

    /// Fields to write.
    init(lesson: String?, difficulty: Int?, defaultWeights: Bool) {
        self.lesson = lesson
        self.difficulty = difficulty
        self.defaultWeights = defaultWeights
    }
}
