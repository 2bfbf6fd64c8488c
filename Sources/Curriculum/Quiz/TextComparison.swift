/// Text helpers shared by response parsing, scoring and GIFT import.
enum TextComparison {
    /// The form in which short answers are compared: lowercased, trimmed, and every run of
    /// inner whitespace collapsed to one space.
    static func normalized(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            }
        }
        return result
    }

    /// `text` without leading and trailing whitespace.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }),
              let end = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[start...end])
    }
}
