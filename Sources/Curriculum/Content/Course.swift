/// Everything the learner studies: modules, question banks, the exam blueprint and labs.
public struct Course: Sendable {
    /// Modules, in course order.
    public var modules: [Module]
    /// Question banks by module id.
    public var banks: [String: QuestionBank]
    /// The mock-exam blueprint, when it loaded.
    public var blueprint: ExamBlueprint?
    /// Ids of the labs found in `labs/` (files, whether or not they loaded).
    public var labIDs: Set<String>
    /// The labs that loaded and whose module lists them, in course order (by module, then id).
    public var labs: [Lab]
    /// Every problem found; a file with problems is left out, everything valid still loads.
    public var problems: [ContentProblem]
    /// How many files were read.
    public var filesRead: Int

    /// Creates a course.
    public init(
        modules: [Module] = [], banks: [String: QuestionBank] = [:], blueprint: ExamBlueprint? = nil,
        labIDs: Set<String> = [], labs: [Lab] = [], problems: [ContentProblem] = [], filesRead: Int = 0
    ) {
        self.modules = modules
        self.banks = banks
        self.blueprint = blueprint
        self.labIDs = labIDs
        self.labs = labs
        self.problems = problems
        self.filesRead = filesRead
    }

    /// The module with `id`.
    public func module(_ id: String) -> Module? {
        modules.first { $0.id == id }
    }

    /// The lab with `id`.
    public func lab(_ id: String) -> Lab? {
        labs.first { $0.id == id }
    }

    /// Every question of the course with its module, in course order.
    public var allQuestions: [(module: String, question: Question)] {
        modules.flatMap { module in (banks[module.id]?.questions ?? []).map { (module.id, $0) } }
    }

    /// Every question by its key, `module/question`, as answers record it.
    public var questionsByKey: [String: Question] {
        Dictionary(allQuestions.map { ($0.module + "/" + $0.question.id, $0.question) }, uniquingKeysWith: { first, _ in first })
    }
}
