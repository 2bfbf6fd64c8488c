/// An ATX heading line: one to six `#`, a space, then the text.
struct MarkdownHeading: Equatable {
    /// The number of `#`, 1 to 6.
    var level: Int
    /// The heading text, without surrounding spaces or a closing run of `#`.
    var text: String

    /// The heading on `line`, or nil when `line` is no heading.
    init?(_ line: String) {
        guard MarkdownSource.indentation(of: line) < 4 else { return nil }
        let rest = line.drop { $0 == " " }
        let hashes = rest.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let afterHashes = rest.dropFirst(hashes.count)
        guard afterHashes.isEmpty || afterHashes.first == " " || afterHashes.first == "\t" else { return nil }
        var text = MarkdownSource.trimmed(afterHashes)
        // A closing sequence of `#` is decoration, but only after a space ("C#" keeps its `#`).
        let withoutClosing = String(text.reversed().drop { $0 == "#" }.reversed())
        if withoutClosing.isEmpty {
            text = ""
        } else if withoutClosing.count < text.count, withoutClosing.last == " " {
            text = MarkdownSource.trimmed(withoutClosing)
        }
        self.level = hashes.count
        self.text = text
    }
}
