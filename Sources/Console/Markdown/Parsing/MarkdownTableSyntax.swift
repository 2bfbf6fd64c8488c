/// Reading the rows of a pipe table.
enum MarkdownTableSyntax {
    /// The cells of a table row, or nil when the line holds no unescaped `|`.
    static func cells(of line: String) -> [String]? {
        let characters = Array(MarkdownSource.trimmed(line))
        var cells: [String] = []
        var cell = ""
        var sawPipe = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count {
                cell.append(character)
                cell.append(characters[index + 1])
                index += 2
            } else if character == "`" {
                // A pipe inside a code span belongs to the code, so the span is copied whole.
                let run = characters[index...].prefix { $0 == "`" }.count
                if let close = closingBackticks(in: characters, from: index + run, count: run) {
                    cell += String(characters[index..<(close + run)])
                    index = close + run
                } else {
                    cell += String(repeating: "`", count: run)
                    index += run
                }
            } else if character == "|" {
                sawPipe = true
                cells.append(cell)
                cell = ""
                index += 1
            } else {
                cell.append(character)
                index += 1
            }
        }
        guard sawPipe else { return nil }
        cells.append(cell)
        // Leading and trailing pipes are optional and open or close no cell.
        if characters.first == "|" { cells.removeFirst() }
        if characters.last == "|", characters.count > 1, characters[characters.count - 2] != "\\" { cells.removeLast() }
        return cells.map { MarkdownSource.trimmed($0) }
    }

    /// The column alignments of a separator row such as `|:---|---:|`, or nil when `line` is
    /// no separator row.
    static func alignments(of line: String) -> [MarkdownColumnAlignment]? {
        guard let cells = cells(of: line), !cells.isEmpty else { return nil }
        var alignments: [MarkdownColumnAlignment] = []
        for cell in cells {
            let left = cell.hasPrefix(":")
            let right = cell.hasSuffix(":") && cell.count > 1
            let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            alignments.append(left && right ? .center : right ? .right : .left)
        }
        return alignments
    }

    /// Where the next run of exactly `count` backticks starts, at or after `start`.
    static func closingBackticks(in characters: [Character], from start: Int, count: Int) -> Int? {
        var index = start
        while index < characters.count {
            guard characters[index] == "`" else {
                index += 1
                continue
            }
            let run = characters[index...].prefix { $0 == "`" }.count
            if run == count { return index }
            index += run
        }
        return nil
    }
}
