import Values

/// What a command returns: blocks for the terminal and a value for `--json`.
///
/// Commands describe their result; `Console` decides how it looks.
public struct CommandOutput: Sendable, Equatable {
    /// The result as the terminal shows it.
    public var blocks: [Block]
    /// The same result as data.
    public var value: Value
    /// Something the front end must do after showing the result.
    public var action: Action?
    /// Whether the command ran but reports a failure (a pipeline step or a CI test failed): the
    /// output is shown in full and the exit status is 1.
    public var reportsFailure = false

    /// What the front end does after a command.
    public enum Action: Sendable, Equatable {
        /// Leave the REPL or stop the script.
        case exit
    }

    /// Creates an output.
    public init(_ blocks: [Block], value: Value, action: Action? = nil) {
        self.blocks = blocks
        self.value = value
        self.action = action
    }
}

/// One piece of terminal output.
public enum Block: Sendable, Equatable {
    /// A heading.
    case heading(String)
    /// A paragraph, wrapped to the terminal's width.
    case paragraph(String)
    /// Label–value lines, labels aligned.
    case fields([(label: String, text: String)])
    /// A table.
    case table(Table)
    /// A bulleted list.
    case bullets([String])
    /// Preformatted text, shown as is.
    case code(String)
    /// A short line that needs attention.
    case notice(Notice, String)
    /// Markdown, rendered for the terminal (lessons, question prompts, explanations).
    case markdown(String)
    /// Horizontal bars, one per labelled value (histograms, shares).
    case bars(BarChart)

    /// How urgent a notice is.
    public enum Notice: String, Sendable {
        case success, info, warning
    }

    public static func == (lhs: Block, rhs: Block) -> Bool {
        switch (lhs, rhs) {
        case (.heading(let a), .heading(let b)), (.paragraph(let a), .paragraph(let b)), (.code(let a), .code(let b)),
            (.markdown(let a), .markdown(let b)):
            return a == b
        case (.fields(let a), .fields(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.label == $1.label && $0.text == $1.text }
        case (.table(let a), .table(let b)): return a == b
        case (.bullets(let a), .bullets(let b)): return a == b
        case (.notice(let k, let a), .notice(let l, let b)): return k == l && a == b
        case (.bars(let a), .bars(let b)): return a == b
        default: return false
        }
    }
}

/// A table of text cells.
public struct Table: Sendable, Equatable {
    /// A column: its title and how its cells are aligned.
    public struct Column: Sendable, Equatable {
        /// The column title.
        public var title: String
        /// Right-aligned columns hold numbers.
        public var alignRight: Bool

        /// Creates a column.
        public init(_ title: String, alignRight: Bool = false) {
            self.title = title
            self.alignRight = alignRight
        }
    }

    /// The columns.
    public var columns: [Column]
    /// The rows; each has one cell per column.
    public var rows: [[String]]

    /// Creates a table.
    public init(columns: [Column], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// Labelled values drawn as horizontal bars scaled to the largest.
public struct BarChart: Sendable, Equatable {
    /// One bar.
    public struct Bar: Sendable, Equatable {
        /// What the bar stands for, e.g. a bin `[10, 20)` or a category.
        public var label: String
        /// Its length relative to the others (0 or more).
        public var value: Double
        /// Text after the bar, e.g. the count.
        public var note: String

        /// Creates a bar.
        public init(_ label: String, _ value: Double, note: String) {
            self.label = label
            self.value = value
            self.note = note
        }
    }

    /// A title line, or empty for none.
    public var title: String
    /// The bars, top to bottom.
    public var bars: [Bar]

    /// Creates a chart.
    public init(title: String, bars: [Bar]) {
        self.title = title
        self.bars = bars
    }
}
