/// One character of a GIFT question after its escape is resolved, with the place in the file
/// it came from. An escaped `\{` is a `{` glyph that is `isEscaped`, so the parser never takes
/// it for syntax, and every error can still point at the line and column the author typed.
struct GIFTGlyph: Sendable, Equatable {
    /// The character, with `\n` already turned into a newline.
    var character: Character
    /// Whether it was written with a backslash and so is never syntax.
    var isEscaped: Bool
    /// The line in the file, from 1.
    var line: Int
    /// The column in that line, from 1, counted in characters.
    var column: Int

    /// Whether this glyph is the syntax character `character` (unescaped).
    func isSyntax(_ syntax: Character) -> Bool {
        !isEscaped && character == syntax
    }
}

/// A run of glyphs: the text of a question, or a part of it.
typealias GIFTSpan = ArraySlice<GIFTGlyph>

extension GIFTGlyph {
    /// The characters that a backslash turns into plain text (Moodle's `escapedchar_pre`).
    static let escapable: Set<Character> = ["~", "=", "#", "{", "}", ":"]

    /// The glyphs of one trimmed line, with escapes resolved: `\~ \= \# \{ \} \:` give the
    /// character itself, `\n` a newline, `\\` one backslash; any other backslash stays as it is.
    static func glyphs(of line: Substring, lineNumber: Int, firstColumn: Int) -> [GIFTGlyph] {
        var result: [GIFTGlyph] = []
        result.reserveCapacity(line.count)
        var column = firstColumn
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            if character == "\\", next < line.endIndex {
                let escaped = line[next]
                if escapable.contains(escaped) || escaped == "\\" || escaped == "n" {
                    let resolved: Character = escaped == "n" ? "\n" : escaped
                    result.append(GIFTGlyph(character: resolved, isEscaped: true, line: lineNumber, column: column))
                    column += 2
                    index = line.index(after: next)
                    continue
                }
            }
            result.append(GIFTGlyph(character: character, isEscaped: false, line: lineNumber, column: column))
            column += 1
            index = next
        }
        return result
    }
}

extension ArraySlice where Element == GIFTGlyph {
    /// The characters of the span as a string.
    var text: String {
        String(map(\.character))
    }

    /// The span without leading and trailing whitespace (escaped or not, as Moodle trims after
    /// resolving escapes).
    func trimmed() -> GIFTSpan {
        guard let start = firstIndex(where: { !$0.character.isWhitespace }),
              let end = lastIndex(where: { !$0.character.isWhitespace })
        else { return self[endIndex...] }
        return self[start...end]
    }

    /// The index of the first unescaped `syntax` character.
    func firstSyntax(_ syntax: Character) -> Index? {
        firstIndex { $0.isSyntax(syntax) }
    }

    /// The index where the first unescaped occurrence of `sequence` starts, from `start` on.
    func firstSyntax(_ sequence: String, from start: Index? = nil) -> Index? {
        let characters = Array(sequence)
        var index = start ?? startIndex
        while index + characters.count <= endIndex {
            if characters.indices.allSatisfy({ self[index + $0].isSyntax(characters[$0]) }) { return index }
            index += 1
        }
        return nil
    }

    /// The index where the last unescaped occurrence of `sequence` starts.
    func lastSyntax(_ sequence: String) -> Index? {
        let characters = Array(sequence)
        var index = endIndex - characters.count
        while index >= startIndex {
            if characters.indices.allSatisfy({ self[index + $0].isSyntax(characters[$0]) }) { return index }
            index -= 1
        }
        return nil
    }

    /// Whether the span starts with the unescaped characters of `sequence`.
    func hasSyntaxPrefix(_ sequence: String) -> Bool {
        firstSyntax(sequence).map { $0 == startIndex } ?? false
    }

    /// The span cut before every unescaped character in `markers`: the first piece holds what
    /// comes before the first marker (often empty), every other piece starts with its marker.
    func pieces(startingWith markers: Set<Character>) -> (leading: GIFTSpan, pieces: [GIFTSpan]) {
        var cuts: [Index] = []
        for index in indices where !self[index].isEscaped && markers.contains(self[index].character) {
            cuts.append(index)
        }
        guard let first = cuts.first else { return (self, []) }
        var pieces: [GIFTSpan] = []
        for (position, cut) in cuts.enumerated() {
            let end = position + 1 < cuts.count ? cuts[position + 1] : endIndex
            pieces.append(self[cut..<end])
        }
        return (self[startIndex..<first], pieces)
    }

    /// The part before and the part after the first unescaped `separator`, or nil without one.
    func split(atFirst separator: Character) -> (before: GIFTSpan, after: GIFTSpan)? {
        guard let index = firstSyntax(separator) else { return nil }
        return (self[startIndex..<index], self[(index + 1)...])
    }
}
