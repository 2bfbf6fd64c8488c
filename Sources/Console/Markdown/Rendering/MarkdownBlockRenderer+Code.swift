extension MarkdownBlockRenderer {
    /// What plain output puts in front of each code line.
    static let plainCodeMargin = "    "

    /// A code block: every line exactly as written, behind a four-column margin (a dim bar in
    /// fancy output), never wrapped, so diagrams keep their shape.
    func codeLines(_ code: [String]) -> [String] {
        let margin = fancy ? "  " + Style.dim.apply("│", enabled: true) + " " : Self.plainCodeMargin
        return Self.prefixed(code, first: margin, rest: margin)
    }
}
