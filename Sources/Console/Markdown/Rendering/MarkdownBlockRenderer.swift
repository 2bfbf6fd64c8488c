/// Lays out Markdown blocks as terminal lines of a given width.
///
/// Every block is rendered at the width it is given; lists and quotes render their blocks at
/// a smaller width and put their markers or margin in front.
struct MarkdownBlockRenderer {
    /// The horizontal rule in fancy output, repeated across the width.
    static let fancyRule = "─"

    /// Whether to use colour, text styles and box-drawing characters.
    let fancy: Bool

    /// The lines of `blocks`, one blank line between blocks. Inside a list item a nested list
    /// follows the text above it without a gap, as it does in the source.
    func lines(of blocks: [MarkdownBlock], width: Int, insideListItem: Bool = false) -> [String] {
        var out: [String] = []
        for (position, block) in blocks.enumerated() {
            let rendered = lines(of: block, width: width)
            guard !rendered.isEmpty else { continue }
            let isNestedList = if insideListItem, case .list = block { true } else { false }
            if position > 0, !out.isEmpty, !isNestedList { out.append("") }
            out += rendered
        }
        return out
    }

    /// The lines of one block.
    func lines(of block: MarkdownBlock, width: Int) -> [String] {
        switch block {
        case .heading(let level, let text): heading(level: level, text: text, width: width)
        case .paragraph(let text): paragraph(text, width: width)
        case .code(_, let code): codeLines(code)
        case .list(let list): lines(of: list, width: width)
        case .table(let table): lines(of: table, width: width)
        case .quote(let blocks): quote(blocks, width: width)
        case .callout(let kind, let blocks): callout(kind, blocks, width: width)
        case .rule: [fancy ? Style.dim.apply(String(repeating: Self.fancyRule, count: width), enabled: true)
                     : String(repeating: "-", count: width)]
        }
    }

    /// A paragraph wrapped to `width`, with `leading` runs (such as a callout's label) in front.
    func paragraph(_ text: String, width: Int, leading: [MarkdownRun] = []) -> [String] {
        let runs = leading + MarkdownInlineParser.runs(of: text, fancy: fancy)
        return MarkdownWrapper.wrap(runs, width: width).map(MarkdownRun.paint)
    }

    /// A heading; `#` and `##` are underlined across the width of their text.
    func heading(level: Int, text: String, width: Int) -> [String] {
        let base = fancy ? MarkdownAttributes(bold: true, color: level <= 2 ? .cyan : nil) : .plain
        let wrapped = MarkdownWrapper.wrap(MarkdownInlineParser.runs(of: text, fancy: fancy, base: base), width: width)
        var out = wrapped.map(MarkdownRun.paint)
        let ruleWidth = min(width, wrapped.map(MarkdownRun.width).max() ?? 0)
        guard level <= 2, ruleWidth > 0 else { return out }
        if fancy {
            let ruleStyle: Style = level == 1 ? .cyan : .dim
            out.append(ruleStyle.apply(String(repeating: Self.fancyRule, count: ruleWidth), enabled: true))
        } else {
            out.append(String(repeating: level == 1 ? "=" : "-", count: ruleWidth))
        }
        return out
    }

    /// `lines` with `first` in front of the first line and `rest` in front of the others;
    /// empty lines keep the prefix without its trailing spaces, so no line ends in blanks.
    static func prefixed(_ lines: [String], first: String, rest: String) -> [String] {
        lines.enumerated().map { position, line in
            let prefix = position == 0 ? first : rest
            guard line.isEmpty else { return prefix + line }
            var trimmed = prefix
            while trimmed.last == " " { trimmed.removeLast() }
            return trimmed
        }
    }
}
