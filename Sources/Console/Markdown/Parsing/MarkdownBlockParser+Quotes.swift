extension MarkdownBlockParser {
    /// The text of a quote line after its `>` and one optional space, or nil for other lines.
    static func quoteContent(of line: String) -> String? {
        guard MarkdownSource.indentation(of: line) < 4 else { return nil }
        let rest = line.drop { $0 == " " }
        guard rest.first == ">" else { return nil }
        let content = rest.dropFirst()
        return String(content.first == " " || content.first == "\t" ? content.dropFirst() : content)
    }

    /// A block quote, or a callout when it starts with a label such as `**Note:**`.
    mutating func quote() -> MarkdownBlock {
        var inner: [String] = []
        while index < lines.count {
            let line = lines[index]
            if let content = Self.quoteContent(of: line) {
                inner.append(content)
            } else if !MarkdownSource.isBlank(line), !interruptsParagraph(at: index),
                      MarkdownListMarker(line) == nil, Self.acceptsLazyLine(after: inner) {
                inner.append(line)
            } else {
                break
            }
            index += 1
        }
        var blocks = MarkdownBlockParser.blocks(of: inner)
        guard case .paragraph(let text) = blocks.first,
              let kind = MarkdownCalloutKind.allCases.first(where: { text.lowercased().hasPrefix($0.marker.lowercased()) })
        else { return .quote(blocks) }
        let rest = MarkdownSource.trimmed(text.dropFirst(kind.marker.count))
        if rest.isEmpty {
            blocks.removeFirst()
        } else {
            blocks[0] = .paragraph(rest)
        }
        return .callout(kind, blocks)
    }
}
