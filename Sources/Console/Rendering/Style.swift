/// Text styles for a terminal that takes ANSI escape sequences.
public enum Style: String, Sendable {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case cyan = "36"
    case boldRed = "1;31"
    case boldCyan = "1;36"

    /// `text` in this style when `enabled`, else unchanged.
    public func apply(_ text: String, enabled: Bool) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" : text
    }
}

/// How many columns text takes on a terminal.
public enum DisplayWidth {
    /// Columns taken by `text`: wide East Asian characters and most emoji count two, combining marks none.
    public static func of(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += of(scalar) }
        return total
    }

    /// Columns taken by one scalar.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }

    /// `text` cut to at most `width` columns, the cut marked with `…`.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width, width > 0 else { return of(text) > width ? "" : text }
        var kept = ""
        var used = 0
        for character in text {
            let columns = character.unicodeScalars.reduce(0) { $0 + of($1) }
            if used + columns > width - 1 { break }
            kept.append(character)
            used += columns
        }
        return kept + "…"
    }

    /// `text` padded with spaces to `width` columns (never cut).
    public static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let gap = max(0, width - of(text))
        return right ? String(repeating: " ", count: gap) + text : text + String(repeating: " ", count: gap)
    }

    /// `text` broken into lines of at most `width` columns, at spaces where possible.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = of(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    // A word longer than the line is cut into pieces.
                    var piece = ""
                    var pieceWidth = 0
                    for character in word {
                        let w = of(String(character))
                        if pieceWidth + w > width - (lineWidth > 0 ? lineWidth + 1 : 0) { break }
                        piece.append(character)
                        pieceWidth += w
                    }
                    if piece.isEmpty, lineWidth > 0 {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                        continue
                    }
                    if piece.isEmpty, let first = word.first { piece = String(first) }
                    lines.append(lineWidth > 0 ? line + " " + piece : piece)
                    line = ""
                    lineWidth = 0
                    word.removeFirst(piece.count)
                    wordWidth = of(word)
                }
                if word.isEmpty { continue }
                if lineWidth > 0 {
                    line += " "
                    lineWidth += 1
                }
                line += word
                lineWidth += wordWidth
            }
            lines.append(line)
        }
        return lines
    }
}
