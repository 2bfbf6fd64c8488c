/// One block of a Markdown document, as the renderer lays it out.
indirect enum MarkdownBlock: Equatable {
    /// A `#` heading; `level` is the number of `#`.
    case heading(level: Int, text: String)
    /// Prose whose soft line breaks are already joined with spaces.
    case paragraph(String)
    /// A fenced code block, shown line by line exactly as written.
    case code(language: String, lines: [String])
    /// A bullet or numbered list.
    case list(MarkdownList)
    /// A pipe table.
    case table(MarkdownTable)
    /// A `>` block quote and the blocks inside it.
    case quote([MarkdownBlock])
    /// A block quote that starts with `**Note:**`, `**Tip:**` or `**Warning:**`, label removed.
    case callout(MarkdownCalloutKind, [MarkdownBlock])
    /// A horizontal rule (`---`).
    case rule
}

/// A bullet or numbered list whose items hold blocks of their own.
struct MarkdownList: Equatable {
    /// Whether the items are numbered.
    var ordered: Bool
    /// The number of the first item of a numbered list.
    var start: Int
    /// The blocks of each item, in order.
    var items: [[MarkdownBlock]]
}

/// How a table column lines up its cells, from the colons in the separator row.
enum MarkdownColumnAlignment: Equatable {
    /// `---` or `:---`
    case left
    /// `:---:`
    case center
    /// `---:`
    case right
}

/// A pipe table: a header row, one alignment per column, and the body rows.
struct MarkdownTable: Equatable {
    /// The header cells; their count is the table's column count.
    var header: [String]
    /// One alignment per column.
    var alignments: [MarkdownColumnAlignment]
    /// The body rows, each padded or cut to the column count.
    var rows: [[String]]
}

/// The kinds of callout a block quote can be.
enum MarkdownCalloutKind: CaseIterable, Equatable {
    /// `**Note:**`, shown in cyan.
    case note
    /// `**Tip:**`, shown in green.
    case tip
    /// `**Warning:**`, shown in yellow.
    case warning

    /// The bold label that starts such a quote in the source, such as `**Note:**`.
    var marker: String {
        switch self {
        case .note: "**Note:**"
        case .tip: "**Tip:**"
        case .warning: "**Warning:**"
        }
    }

    /// The label shown with colour.
    var label: String {
        switch self {
        case .note: "Note:"
        case .tip: "Tip:"
        case .warning: "Warning:"
        }
    }

    /// The label shown without colour.
    var plainLabel: String {
        switch self {
        case .note: "NOTE:"
        case .tip: "TIP:"
        case .warning: "WARNING:"
        }
    }

    /// The colour of the label and the margin.
    var style: Style {
        switch self {
        case .note: .cyan
        case .tip: .green
        case .warning: .yellow
        }
    }
}
