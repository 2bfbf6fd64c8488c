/// The questions of one module.
public struct QuestionBank: Sendable, Equatable {
    /// The module they belong to.
    public var module: String
    /// The questions, in file order.
    public var questions: [Question]
    /// The file they were read from.
    public var file: String
    /// Line of each question in the file, by question id (for checks across files).
    public var lines: [String: QuestionLines]

    /// Where a question's fields are, for problems found when the whole course is known.
    public struct QuestionLines: Sendable, Equatable {
        /// The question's first line.
        public var question: Int?
        /// Its `objective` field.
        public var objective: (line: Int?, column: Int?)
        /// Its `lesson` field.
        public var lesson: (line: Int?, column: Int?)

        public static func == (a: QuestionLines, b: QuestionLines) -> Bool {
            a.question == b.question && a.objective.line == b.objective.line && a.objective.column == b.objective.column
                && a.lesson.line == b.lesson.line && a.lesson.column == b.lesson.column
        }
    }

    /// Creates a bank.
    public init(module: String, questions: [Question], file: String, lines: [String: QuestionLines] = [:]) {
        self.module = module
        self.questions = questions
        self.file = file
        self.lines = lines
    }

    /// The question with `id`.
    public func question(_ id: String) -> Question? {
        questions.first { $0.id == id }
    }
}
