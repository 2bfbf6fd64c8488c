/// Chooses table column widths that fit a line.
enum MarkdownTableLayout {
    /// A width wide enough to hold any cell on one line.
    private static let unlimited = Int.max / 4

    /// Column widths for `rows` (header first) on lines of `width` columns with `gap` spaces
    /// between columns. Each column starts as wide as its widest cell; while the table is too
    /// wide, the widest column that can shrink without cutting a word loses a column, and once
    /// none can, the widest column does.
    static func columnWidths(of rows: [[[MarkdownRun]]], gap: Int, width: Int) -> [Int] {
        let count = rows.map(\.count).max() ?? 0
        guard count > 0 else { return [] }
        var widths = Array(repeating: 1, count: count)
        var floors = Array(repeating: 1, count: count)
        for row in rows {
            for (column, cell) in row.enumerated() {
                let natural = MarkdownWrapper.wrap(cell, width: unlimited).map(MarkdownRun.width).max() ?? 0
                widths[column] = max(widths[column], natural)
                floors[column] = max(floors[column], MarkdownWrapper.widestWord(of: cell))
            }
        }
        let available = max(count, width - gap * (count - 1))
        var total = widths.reduce(0, +)
        while total > available {
            let shrinkable = widths.indices.filter { widths[$0] > floors[$0] }
            let candidates = shrinkable.isEmpty ? widths.indices.filter { widths[$0] > 1 } : shrinkable
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
            total -= 1
        }
        return widths
    }
}
