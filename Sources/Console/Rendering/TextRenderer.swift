import Workbench

/// Turns a command's blocks into terminal text at a given width, with or without colour.
public struct TextRenderer: Sendable {
    /// Line width in columns.
    public var width: Int
    /// Whether to use colour and box-drawing characters.
    public var fancy: Bool

    /// Creates a renderer.
    public init(width: Int, fancy: Bool) {
        self.width = max(20, width)
        self.fancy = fancy
    }

    /// The text of `blocks`, ending with a newline (empty for no blocks).
    public func render(_ blocks: [Block]) -> String {
        var out: [String] = []
        for (index, block) in blocks.enumerated() {
            if index > 0, needsGap(before: block, after: blocks[index - 1]) { out.append("") }
            out += lines(of: block)
        }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    private func needsGap(before block: Block, after previous: Block) -> Bool {
        if case .heading = previous { return false }
        return true
    }

    func lines(of block: Block) -> [String] {
        switch block {
        case .heading(let text):
            return [Style.bold.apply(text, enabled: fancy)]
        case .paragraph(let text):
            return DisplayWidth.wrap(text, width: width)
        case .code(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .bullets(let items):
            let mark = fancy ? "•" : "-"
            return items.flatMap { item in
                DisplayWidth.wrap(item, width: width - 2).enumerated().map { $0.offset == 0 ? "\(mark) \($0.element)" : "  \($0.element)" }
            }
        case .notice(let kind, let text):
            let (mark, style): (String, Style) = switch kind {
            case .success: (fancy ? "✓ " : "", .green)
            case .info: ("", .cyan)
            case .warning: ("warning: ", .yellow)
            }
            return DisplayWidth.wrap(mark + text, width: width).map { style.apply($0, enabled: fancy) }
        case .fields(let pairs):
            let labelWidth = min(pairs.map { DisplayWidth.of($0.label) }.max() ?? 0, width / 3)
            return pairs.flatMap { pair -> [String] in
                let wrapped = DisplayWidth.wrap(pair.text, width: max(10, width - labelWidth - 2))
                return wrapped.enumerated().map { offset, line in
                    let label = offset == 0 ? DisplayWidth.pad(pair.label, to: labelWidth) : String(repeating: " ", count: labelWidth)
                    return (offset == 0 ? Style.dim.apply(label, enabled: fancy) : label) + "  " + line
                }
            }
        case .table(let table):
            return render(table)
        case .bars(let chart):
            return render(chart)
        case .markdown(let text):
            let rendered = MarkdownRenderer(width: width, fancy: fancy).render(text)
            return rendered.isEmpty ? [] : rendered.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
    }

    /// Bars scaled to the longest, drawn with eighth blocks on a capable terminal and `#` elsewhere.
    func render(_ chart: BarChart) -> [String] {
        let labelWidth = min(chart.bars.map { DisplayWidth.of($0.label) }.max() ?? 0, width / 3)
        let noteWidth = chart.bars.map { DisplayWidth.of($0.note) }.max() ?? 0
        let room = max(4, min(40, width - labelWidth - noteWidth - 4))
        let largest = chart.bars.map(\.value).max() ?? 0
        var out = chart.title.isEmpty ? [] : [Style.dim.apply(chart.title, enabled: fancy)]
        for bar in chart.bars {
            let eighths = largest > 0 ? Int((bar.value / largest * Double(room * 8)).rounded()) : 0
            var drawn: String
            if fancy {
                drawn = String(repeating: "█", count: eighths / 8)
                let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
                drawn += partial
            } else {
                drawn = String(repeating: "#", count: (eighths + 4) / 8)
            }
            let padded = drawn + String(repeating: " ", count: max(0, room - DisplayWidth.of(drawn)))
            out.append(DisplayWidth.pad(DisplayWidth.truncate(bar.label, to: labelWidth), to: labelWidth) + "  " + padded + "  " + bar.note)
        }
        return out
    }

    /// A table with aligned columns; cells that do not fit wrap within their column.
    func render(_ table: Table) -> [String] {
        let count = table.columns.count
        guard count > 0 else { return [] }
        let gap = 2
        var widths = table.columns.map { DisplayWidth.of($0.title) }
        for row in table.rows {
            for column in 0..<min(count, row.count) { widths[column] = max(widths[column], DisplayWidth.of(row[column])) }
        }
        let available = width - gap * (count - 1)
        // First narrow the widest column that can wrap between words, keeping ids and words whole;
        // only when that is not enough, cut words too (never below 8 columns).
        var floors = table.columns.map { DisplayWidth.of($0.title) }
        for row in table.rows {
            for column in 0..<min(count, row.count) {
                let longestWord = row[column].split(separator: " ").map { DisplayWidth.of(String($0)) }.max() ?? 0
                floors[column] = max(floors[column], min(longestWord, 24))
            }
        }
        for floor in [floors, Array(repeating: 8, count: count)] {
            while widths.reduce(0, +) > available {
                guard let widest = widths.indices.filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        func line(_ cells: [String], header: Bool) -> [String] {
            let wrapped = (0..<count).map { column -> [String] in
                let text = column < cells.count ? cells[column] : ""
                return DisplayWidth.wrap(text, width: widths[column])
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { row in
                (0..<count).map { column in
                    let text = row < wrapped[column].count ? wrapped[column][row] : ""
                    let padded = column == count - 1 && !table.columns[column].alignRight
                        ? text : DisplayWidth.pad(text, to: widths[column], right: table.columns[column].alignRight)
                    return header ? Style.bold.apply(padded, enabled: fancy) : padded
                }.joined(separator: String(repeating: " ", count: gap))
            }.map { $0.trailingSpacesRemoved }
        }
        var out = line(table.columns.map(\.title), header: true)
        let rule = fancy ? "─" : "-"
        out.append(widths.map { String(repeating: rule, count: $0) }.joined(separator: String(repeating: " ", count: gap)))
        for row in table.rows { out += line(row, header: false) }
        return out
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
