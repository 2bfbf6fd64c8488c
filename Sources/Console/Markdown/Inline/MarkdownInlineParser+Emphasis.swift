extension MarkdownInlineParser {
    /// A span of bold or italic text: what is inside the markers, how it looks, where it ends.
    struct Emphasis {
        /// The characters between the opening and closing markers.
        var inner: Range<Int>
        /// Bold for `**`/`__`, italic for `*`/`_`.
        var attributes: MarkdownAttributes
        /// The index just past the closing marker.
        var end: Int
    }

    /// The emphasis opened by the `*` or `_` run at `start`, or nil when the run opens none.
    ///
    /// A simplified form of CommonMark's delimiter rules: an opener is followed by a non-space,
    /// a closer follows a non-space, and `_` never opens or closes inside a word (`snake_case`).
    func emphasis(at start: Int, within range: Range<Int>) -> Emphasis? {
        let marker = characters[start]
        let count = runLength(at: start, end: range.upperBound)
        guard start + count < range.upperBound, !characters[start + count].isWhitespace else { return nil }
        if marker == "_", start > range.lowerBound, isWordCharacter(characters[start - 1]) { return nil }
        for strength in count >= 2 ? [2, 1] : [1] {
            if let close = closer(of: marker, strength: strength, after: start + strength, end: range.upperBound) {
                let attributes = strength == 2 ? MarkdownAttributes(bold: true) : MarkdownAttributes(italic: true)
                return Emphasis(inner: (start + strength)..<close, attributes: attributes, end: close + strength)
            }
        }
        return nil
    }

    /// Where the `strength` markers that close an emphasis begin, searching after `innerStart`
    /// so that the emphasis is never empty.
    private func closer(of marker: Character, strength: Int, after innerStart: Int, end: Int) -> Int? {
        var index = innerStart
        while index < end {
            if let next = skipOpaque(at: index, end: end) {
                index = next
                continue
            }
            guard characters[index] == marker else {
                index += 1
                continue
            }
            let count = runLength(at: index, end: end)
            // A closing run of three closes bold and italic at once: take its last markers.
            let close = index + count - strength
            let fits = strength == 2 ? count >= 2 : count != 2
            let followsText = index > innerStart && !characters[index - 1].isWhitespace
            let endsWord = marker != "_" || index + count >= end || !isWordCharacter(characters[index + count])
            if fits, followsText, endsWord, close > innerStart { return close }
            index += count
        }
        return nil
    }

    /// Whether `character` is a letter or digit, for the "inside a word" rule of `_`.
    private func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
