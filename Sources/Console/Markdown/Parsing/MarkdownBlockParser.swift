/// Reads Markdown lines into blocks: headings, paragraphs, code, lists, tables, quotes, rules.
///
/// Lists and quotes hold blocks of their own, which a nested parser reads from their lines once
/// the list or quote markers are removed.
struct MarkdownBlockParser {
    /// The lines being read.
    let lines: [String]
    /// The line the parser looks at next.
    var index = 0

    /// The blocks of a document given as lines.
    static func blocks(of lines: [String]) -> [MarkdownBlock] {
        var parser = MarkdownBlockParser(lines: lines)
        var blocks: [MarkdownBlock] = []
        while parser.index < lines.count {
            if MarkdownSource.isBlank(lines[parser.index]) {
                parser.index += 1
            } else {
                blocks.append(parser.nextBlock())
            }
        }
        return blocks
    }

    /// Reads the block that starts at the current, non-blank line.
    private mutating func nextBlock() -> MarkdownBlock {
        let line = lines[index]
        if let fence = MarkdownFence(opening: line) { return codeBlock(openedBy: fence) }
        if let heading = MarkdownHeading(line) {
            index += 1
            return .heading(level: heading.level, text: heading.text)
        }
        if Self.isRule(line) {
            index += 1
            return .rule
        }
        if Self.quoteContent(of: line) != nil { return quote() }
        if let marker = MarkdownListMarker(line) { return list(startingWith: marker) }
        if let table = table() { return table }
        return paragraph()
    }

    /// A paragraph: lines up to a blank line or a line that starts another block.
    private mutating func paragraph() -> MarkdownBlock {
        var text: [String] = [MarkdownSource.trimmed(lines[index])]
        index += 1
        while index < lines.count, !MarkdownSource.isBlank(lines[index]), !interruptsParagraph(at: index) {
            text.append(MarkdownSource.trimmed(lines[index]))
            index += 1
        }
        return .paragraph(text.joined(separator: " "))
    }

    /// A fenced code block; an unclosed fence runs to the end of the input (CommonMark 4.5).
    private mutating func codeBlock(openedBy fence: MarkdownFence) -> MarkdownBlock {
        var code: [String] = []
        index += 1
        while index < lines.count, !fence.isClosed(by: lines[index]) {
            let line = lines[index]
            code.append(fence.indentation > 0 ? MarkdownSource.removingIndentation(line, upTo: fence.indentation) : line)
            index += 1
        }
        index += 1
        return .code(language: fence.language, lines: code)
    }

    /// Whether the line at `position` starts a block that ends a paragraph above it.
    func interruptsParagraph(at position: Int) -> Bool {
        let line = lines[position]
        if MarkdownFence(opening: line) != nil || MarkdownHeading(line) != nil || Self.isRule(line)
            || Self.quoteContent(of: line) != nil || startsTable(at: position) {
            return true
        }
        // Only a list that starts at 1 may interrupt a paragraph, so "2024. was" stays prose.
        if let marker = MarkdownListMarker(line), !marker.text.isEmpty, !marker.ordered || marker.number == 1 {
            return true
        }
        return false
    }

    /// Whether `line` is a horizontal rule: three or more `-`, `*` or `_`, spaces allowed.
    static func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " && $0 != "\t" }
        guard let first = marks.first, "-*_".contains(first), marks.count >= 3 else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// Whether a line that is not a block start may continue the paragraph that `lines` end
    /// with, though it lacks the list indentation or quote marker (a "lazy" line).
    static func acceptsLazyLine(after lines: [String]) -> Bool {
        guard let last = lines.last, !MarkdownSource.isBlank(last),
              MarkdownHeading(last) == nil, !isRule(last) else { return false }
        var openFence: MarkdownFence?
        for line in lines {
            if let fence = openFence {
                if fence.isClosed(by: line) { openFence = nil }
            } else {
                openFence = MarkdownFence(opening: line)
            }
        }
        return openFence == nil && MarkdownFence(opening: last) == nil
    }
}
