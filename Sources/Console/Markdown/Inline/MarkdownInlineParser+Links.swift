extension MarkdownInlineParser {
    /// A link `[label](address)`: where its label is, its address, and where it ends.
    struct Link {
        /// The characters of the label, between the brackets.
        var label: Range<Int>
        /// The address, without angle brackets or a title.
        var address: String
        /// The index just past the closing parenthesis.
        var end: Int
    }

    /// The link that starts with the `[` at `start`, or nil when none does.
    func link(at start: Int, end: Int) -> Link? {
        guard let close = matching(from: start, open: "[", close: "]", end: end),
              close + 1 < end, characters[close + 1] == "(",
              let closeParenthesis = matching(from: close + 1, open: "(", close: ")", end: end) else { return nil }
        var address = MarkdownSource.trimmed(String(characters[(close + 2)..<closeParenthesis]))
        if address.hasPrefix("<"), let closing = address.firstIndex(of: ">") {
            address = String(address[address.index(after: address.startIndex)..<closing])
        } else if let space = address.firstIndex(where: \.isWhitespace) {
            // `[text](url "title")`: the title is not shown.
            address = String(address[..<space])
        }
        return Link(label: (start + 1)..<close, address: address, end: closeParenthesis + 1)
    }

    /// The index of the bracket that closes the one at `start`, counting nested pairs and
    /// skipping code spans and escapes.
    private func matching(from start: Int, open: Character, close: Character, end: Int) -> Int? {
        var depth = 0
        var index = start
        while index < end {
            if index > start, let next = skipOpaque(at: index, end: end) {
                index = next
                continue
            }
            if characters[index] == open {
                depth += 1
            } else if characters[index] == close {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }
}
