extension MarkdownBlockRenderer {
    /// What plain output puts in front of each quoted line.
    static let plainQuoteMargin = "| "

    /// A block quote: its blocks two columns narrower, behind a bar.
    func quote(_ blocks: [MarkdownBlock], width: Int) -> [String] {
        let margin = fancy ? Style.dim.apply("│", enabled: true) + " " : Self.plainQuoteMargin
        return Self.prefixed(lines(of: blocks, width: max(1, width - 2)), first: margin, rest: margin)
    }

    /// A callout. Fancy: a bar and a bold label in the callout's colour; plain: the label in
    /// capitals (`NOTE:`) before the text, with no bar, so it reads as a sentence.
    func callout(_ kind: MarkdownCalloutKind, _ blocks: [MarkdownBlock], width: Int) -> [String] {
        let innerWidth = fancy ? max(1, width - 2) : width
        let label = fancy ? MarkdownRun(kind.label, MarkdownAttributes(bold: true, color: kind.style))
            : MarkdownRun(kind.plainLabel)
        var out: [String]
        if case .paragraph(let text) = blocks.first {
            out = paragraph(text, width: innerWidth, leading: [label, MarkdownRun(" ")])
            let rest = lines(of: Array(blocks.dropFirst()), width: innerWidth)
            if !rest.isEmpty { out += [""] + rest }
        } else {
            out = [MarkdownRun.paint([label])]
            let rest = lines(of: blocks, width: innerWidth)
            if !rest.isEmpty { out += rest }
        }
        guard fancy else { return out }
        let margin = kind.style.apply("│", enabled: true) + " "
        return Self.prefixed(out, first: margin, rest: margin)
    }
}
