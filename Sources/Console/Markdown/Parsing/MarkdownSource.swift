/// Line-level facts about Markdown source: splitting, blank lines and indentation.
enum MarkdownSource {
    /// Columns between tab stops when a tab indents a line.
    static let tabStop = 4

    /// `text` split into lines at any line break ("\r\n" included); no trailing empty line for a
    /// final newline.
    static func lines(of text: String) -> [String] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Whether `line` holds nothing but spaces and tabs.
    static func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The columns of leading whitespace, tabs advancing to the next tab stop.
    static func indentation(of line: String) -> Int {
        var columns = 0
        for character in line {
            if character == " " {
                columns += 1
            } else if character == "\t" {
                columns += tabStop - columns % tabStop
            } else {
                break
            }
        }
        return columns
    }

    /// `line` without up to `columns` columns of leading whitespace; leading tabs are turned
    /// into spaces first so that a tab can be partly removed.
    static func removingIndentation(_ line: String, upTo columns: Int) -> String {
        let leading = indentation(of: line)
        let rest = line.drop { $0 == " " || $0 == "\t" }
        return String(repeating: " ", count: max(0, leading - columns)) + rest
    }

    /// `line` without leading and trailing whitespace.
    static func trimmed(_ line: some StringProtocol) -> String {
        String(line.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// `lines` without blank lines at the start and the end.
    static func trimmingBlankLines(_ lines: [String]) -> [String] {
        guard let first = lines.firstIndex(where: { !isBlank($0) }),
              let last = lines.lastIndex(where: { !isBlank($0) }) else { return [] }
        return Array(lines[first...last])
    }
}
