/// The marker that starts a list item: `-`, `*` or `+` for bullets, `1.` or `1)` for numbers.
struct MarkdownListMarker: Equatable {
    /// Whether the list is numbered.
    var ordered: Bool
    /// The number of a numbered item (0 for bullets).
    var number: Int
    /// Columns of indentation before the marker.
    var indentation: Int
    /// The column where the item's text starts; continuation lines lose up to this many columns.
    var contentColumn: Int
    /// The item's text on the marker line.
    var text: String

    /// The marker that `line` starts with, or nil when it starts no list item.
    init?(_ line: String) {
        let indentation = MarkdownSource.indentation(of: line)
        let rest = Array(line.drop { $0 == " " || $0 == "\t" })
        guard let first = rest.first else { return nil }
        var markerLength: Int
        var number = 0
        if first == "-" || first == "*" || first == "+" {
            markerLength = 1
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count), digits.count < rest.count,
                  rest[digits.count] == "." || rest[digits.count] == ")",
                  let value = Int(String(digits)) else { return nil }
            number = value
            markerLength = digits.count + 1
        }
        let afterMarker = rest[markerLength...]
        guard afterMarker.isEmpty || afterMarker.first == " " || afterMarker.first == "\t" else { return nil }
        let spaces = afterMarker.prefix { $0 == " " }.count
        // Five or more spaces mean the text is indented code; CommonMark then counts one space.
        let gap = spaces == 0 || spaces > 4 || spaces == afterMarker.count ? 1 : spaces
        self.ordered = markerLength > 1
        self.number = number
        self.indentation = indentation
        self.contentColumn = indentation + markerLength + gap
        self.text = MarkdownSource.trimmed(String(afterMarker))
    }

    /// Whether an item with this marker continues a list whose first item had `other`.
    func continues(_ other: MarkdownListMarker) -> Bool {
        ordered == other.ordered
    }
}
