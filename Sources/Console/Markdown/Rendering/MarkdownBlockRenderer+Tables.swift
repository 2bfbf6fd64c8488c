extension MarkdownBlockRenderer {
    /// Spaces between two table columns.
    static let tableGap = 2

    /// A table: columns as wide as their widest cell, narrowed to fit `width` (cells then wrap),
    /// the header over a rule, and a blank line between body rows when any of them wraps.
    func lines(of table: MarkdownTable, width: Int) -> [String] {
        let headerBase = fancy ? MarkdownAttributes(bold: true) : .plain
        let header = table.header.map { MarkdownInlineParser.runs(of: $0, fancy: fancy, base: headerBase) }
        let rows = table.rows.map { row in row.map { MarkdownInlineParser.runs(of: $0, fancy: fancy) } }
        let widths = MarkdownTableLayout.columnWidths(of: [header] + rows, gap: Self.tableGap, width: width)

        var out = tableRow(header, widths: widths, alignments: table.alignments)
        let rule = widths.map { String(repeating: fancy ? Self.fancyRule : "-", count: $0) }
            .joined(separator: String(repeating: " ", count: Self.tableGap))
        out.append(fancy ? Style.dim.apply(rule, enabled: true) : rule)
        let body = rows.map { tableRow($0, widths: widths, alignments: table.alignments) }
        let spaced = body.contains { $0.count > 1 }
        for (position, row) in body.enumerated() {
            if spaced, position > 0 { out.append("") }
            out += row
        }
        return out
    }

    /// The lines of one table row, each cell wrapped to its column and aligned in it.
    private func tableRow(_ cells: [[MarkdownRun]], widths: [Int], alignments: [MarkdownColumnAlignment]) -> [String] {
        let wrapped = widths.indices.map { column in
            MarkdownWrapper.wrap(column < cells.count ? cells[column] : [], width: widths[column])
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { row in
            var line = ""
            for column in widths.indices {
                let runs = row < wrapped[column].count ? wrapped[column][row] : []
                let free = max(0, widths[column] - MarkdownRun.width(of: runs))
                let alignment = column < alignments.count ? alignments[column] : .left
                let before = switch alignment {
                case .left: 0
                case .center: free / 2
                case .right: free
                }
                if column > 0 { line += String(repeating: " ", count: Self.tableGap) }
                line += String(repeating: " ", count: before) + MarkdownRun.paint(runs)
                    + String(repeating: " ", count: free - before)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
