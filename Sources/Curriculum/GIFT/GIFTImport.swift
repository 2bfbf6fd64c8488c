/// What a GIFT file holds: the questions read, and the problems found on the way.
public struct GIFTImport: Sendable, Equatable {
    /// The questions read, in file order.
    public var items: [GIFTItem]
    /// Things that did not stop a question from being read, or items skipped on purpose
    /// (essays, descriptions); also every validation problem of a question read.
    public var warnings: [GIFTDiagnostic]
    /// Syntax errors; the question where each was found is left out.
    public var errors: [GIFTDiagnostic]

    /// Creates an import result.
    public init(items: [GIFTItem] = [], warnings: [GIFTDiagnostic] = [], errors: [GIFTDiagnostic] = []) {
        self.items = items
        self.warnings = warnings
        self.errors = errors
    }

    /// The questions of `items`, in order.
    public var questions: [Question] {
        items.map(\.question)
    }
}

/// One question of a GIFT file with where it stood.
public struct GIFTItem: Sendable, Equatable {
    /// The components of the `$CATEGORY` in force, e.g. `["production-ml", "wall"]`; empty
    /// before the first `$CATEGORY`. In a path `/` separates components and `//` is a slash.
    public var category: [String]
    /// The `::name::` as written (escapes resolved), or nil when the question has none.
    public var name: String?
    /// The question. Its objective is the last category component; its id the name as an id,
    /// or `q01`, `q02`… by position.
    public var question: Question
    /// The line where the question starts, from 1.
    public var line: Int
    /// The column where the question starts, from 1.
    public var column: Int

    /// Creates an item.
    public init(category: [String], name: String?, question: Question, line: Int, column: Int) {
        self.category = category
        self.name = name
        self.question = question
        self.line = line
        self.column = column
    }
}
