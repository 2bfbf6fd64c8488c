extension MarkdownBlockRenderer {
    /// The bullet of a fancy list item.
    static let fancyBullet = "•"
    /// The bullet of a plain list item.
    static let plainBullet = "-"

    /// A list: each item's blocks rendered beside its marker, continuation lines aligned under
    /// the item's text. Numbers are right-aligned so that the texts of 9 and 10 line up.
    func lines(of list: MarkdownList, width: Int) -> [String] {
        let markers = list.items.indices.map { position in
            list.ordered ? "\(list.start + position)." : (fancy ? Self.fancyBullet : Self.plainBullet)
        }
        let markerWidth = markers.map(DisplayWidth.of).max() ?? 1
        let textColumn = markerWidth + 1
        let items = list.items.map { lines(of: $0, width: max(1, width - textColumn), insideListItem: true) }
        // An item of several blocks has blank lines in it; then the items are spaced out too.
        let spaced = items.contains { $0.contains("") }
        var out: [String] = []
        for (position, item) in items.enumerated() {
            if spaced, position > 0 { out.append("") }
            let marker = DisplayWidth.pad(markers[position], to: markerWidth, right: true)
            out += item.isEmpty ? [marker]
                : Self.prefixed(item, first: marker + " ", rest: String(repeating: " ", count: textColumn))
        }
        return out
    }
}
