/// One task of a lab: what to do, how it is checked, hints, and what it is worth.
public struct LabTask: Sendable, Equatable {
    /// The task's id, unique within the lab.
    public var id: String
    /// Its title.
    public var title: String
    /// What to do, in Markdown.
    public var instructions: String
    /// Conditions over the sandbox that must all hold for the task to pass.
    public var checks: [LabCheck]
    /// Progressive hints in Markdown; each one shown costs a point of the task.
    public var hints: [String]
    /// What the task is worth.
    public var points: Int

    /// Creates a task.
    public init(id: String, title: String, instructions: String, checks: [LabCheck], hints: [String], points: Int) {
        self.id = id
        self.title = title
        self.instructions = instructions
        self.checks = checks
        self.hints = hints
        self.points = points
    }
}

/// A check: an expression over the sandbox's state that must be true, and what to tell the
/// learner when it is not.
public struct LabCheck: Sendable, Equatable {
    /// The expression (docs/expressions.md), such as `pipelines[-1].run.status == "FINISHED"`.
    public var expect: String
    /// Shown when the expression is false or cannot be evaluated.
    public var message: String
    /// Where the expression is written, so a syntax error can point into the file.
    public var place: ScalarPlace

    /// Creates a check.
    public init(expect: String, message: String, place: ScalarPlace = ScalarPlace(line: 1, column: 1)) {
        self.expect = expect
        self.message = message
        self.place = place
    }
}

/// Where a YAML scalar starts and how it is written, so a column inside its text can be found in
/// the file.
public struct ScalarPlace: Sendable, Equatable {
    /// How the scalar is written.
    public enum Style: Sendable, Equatable {
        /// Plain: the text starts at the scalar's column.
        case plain
        /// In quotes: the text starts one column further.
        case quoted
        /// A block scalar (`|` or `>`): the text starts on a later line.
        case block
    }

    /// 1-based line of the scalar.
    public var line: Int
    /// 1-based column of the scalar.
    public var column: Int
    /// How it is written.
    public var style: Style

    /// Creates a place.
    public init(line: Int, column: Int, style: Style = .plain) {
        self.line = line
        self.column = column
        self.style = style
    }

    /// Where column `column` (1-based) of the scalar's text is in the file: one further behind an
    /// opening quote; a block scalar's text starts on the next line, so the scalar itself is named.
    public func position(ofColumn column: Int) -> (line: Int, column: Int) {
        switch style {
        case .plain: (line, self.column + column - 1)
        case .quoted: (line, self.column + column)
        case .block: (line, self.column)
        }
    }
}
