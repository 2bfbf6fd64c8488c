extension MarkdownBlockParser {
    /// Whether a table starts at `position`: a row of cells over a separator row with as many.
    func startsTable(at position: Int) -> Bool {
        guard position + 1 < lines.count,
              let header = MarkdownTableSyntax.cells(of: lines[position]),
              let alignments = MarkdownTableSyntax.alignments(of: lines[position + 1]) else { return false }
        return header.count == alignments.count
    }

    /// The table at the current line, or nil (nothing read) when none starts there.
    mutating func table() -> MarkdownBlock? {
        guard startsTable(at: index),
              let header = MarkdownTableSyntax.cells(of: lines[index]),
              let alignments = MarkdownTableSyntax.alignments(of: lines[index + 1]) else { return nil }
        index += 2
        var rows: [[String]] = []
        // GitHub's rules: the table runs to a blank line or another block, a line without a
        // pipe is a row of one cell, missing cells are empty and extra cells are dropped.
        while index < lines.count, !MarkdownSource.isBlank(lines[index]), !interruptsParagraph(at: index) {
            let cells = MarkdownTableSyntax.cells(of: lines[index]) ?? [MarkdownSource.trimmed(lines[index])]
            rows.append((0..<header.count).map { $0 < cells.count ? cells[$0] : "" })
            index += 1
        }
        return .table(MarkdownTable(header: header, alignments: alignments, rows: rows))
    }
}
