/// Turns lesson Markdown into terminal text at a given width, with or without colour.
///
/// The subset it understands is the one `docs/content-format.md` describes; anything else
/// (raw HTML, images) is shown as the text it is.
public struct MarkdownRenderer: Sendable {
    /// The narrowest width the renderer lays text out for; smaller widths are raised to it.
    public static let minimumWidth = 20

    /// Line width in columns, never below `minimumWidth`.
    public let width: Int
    /// Whether to use colour, text styles and box-drawing characters.
    public let fancy: Bool

    /// Creates a renderer for lines of `width` columns (at least `minimumWidth`).
    public init(width: Int, fancy: Bool) {
        self.width = max(Self.minimumWidth, width)
        self.fancy = fancy
    }

    /// The terminal text of `markdown`: lines joined with "\n", ending with "\n" (empty when
    /// there is nothing to show).
    public func render(_ markdown: String) -> String {
        let blocks = MarkdownBlockParser.blocks(of: MarkdownSource.lines(of: markdown))
        let lines = MarkdownBlockRenderer(fancy: fancy).lines(of: blocks, width: width)
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
