/// The opening line of a fenced code block: three or more backticks (or tildes) and an
/// optional language.
struct MarkdownFence: Equatable {
    /// The fence character, "`" or "~".
    var character: Character
    /// How many fence characters open the block; the closing fence needs at least as many.
    var length: Int
    /// Columns of indentation before the opening fence; content lines lose up to as many.
    var indentation: Int
    /// The word after the opening fence, such as `python` (empty when there is none).
    var language: String

    /// The fence that `line` opens, or nil when it opens none.
    init?(opening line: String) {
        let indentation = MarkdownSource.indentation(of: line)
        let rest = line.drop { $0 == " " || $0 == "\t" }
        guard let first = rest.first, first == "`" || first == "~" else { return nil }
        let run = rest.prefix { $0 == first }
        guard run.count >= 3 else { return nil }
        let info = MarkdownSource.trimmed(rest.dropFirst(run.count))
        // A backtick fence's info string may not hold a backtick (CommonMark 4.5).
        if first == "`", info.contains("`") { return nil }
        self.character = first
        self.length = run.count
        self.indentation = indentation
        self.language = String(info.prefix { !$0.isWhitespace })
    }

    /// Whether `line` closes the block this fence opened.
    func isClosed(by line: String) -> Bool {
        let rest = line.drop { $0 == " " || $0 == "\t" }
        let run = rest.prefix { $0 == character }
        return run.count >= length && MarkdownSource.isBlank(String(rest.dropFirst(run.count)))
    }
}
