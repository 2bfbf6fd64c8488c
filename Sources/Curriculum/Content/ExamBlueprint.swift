/// The mock exam's shape: how many questions, how long, the pass mark, each domain's share.
public struct ExamBlueprint: Sendable, Equatable {
    /// One exam domain and its share of the questions.
    public struct Domain: Sendable, Equatable {
        /// The domain's id, named by modules.
        public var id: String
        /// Its title.
        public var title: String
        /// Its share, in percent; all add up to 100.
        public var weight: Int

        /// Creates a domain.
        public init(id: String, title: String, weight: Int) {
            self.id = id
            self.title = title
            self.weight = weight
        }
    }

    /// The exam's title.
    public var title: String
    /// Questions per exam.
    public var questions: Int
    /// Time limit in minutes.
    public var minutes: Int
    /// Pass mark in percent.
    public var passPercent: Int
    /// The domains.
    public var domains: [Domain]

    /// Creates a blueprint.
    public init(title: String, questions: Int, minutes: Int, passPercent: Int, domains: [Domain]) {
        self.title = title
        self.questions = questions
        self.minutes = minutes
        self.passPercent = passPercent
        self.domains = domains
    }

    public static func load(text: String, file: String) -> (ExamBlueprint?, [ContentProblem]) {
        let log = ProblemLog(file: file)
        guard let node = YAMLDocument.parse(text, log: log),
            let fields = YAMLFields(node, log: log, what: "the exam blueprint")
        else { return (nil, log.problems) }
        fields.rejectUnknown(["title", "questions", "minutes", "pass_percent", "domains"])
        let title = fields.string("title", maximumLength: 200)
        let questions = fields.integer("questions", in: 1...500)
        let minutes = fields.integer("minutes", in: 1...600)
        let pass = fields.integer("pass_percent", in: 1...100)
        var domains: [Domain] = []
        for (index, item) in (fields.list("domains") ?? []).enumerated() {
            guard let domain = YAMLFields(item, log: log, what: "domain \(index + 1)") else { continue }
            domain.rejectUnknown(["id", "title", "weight"])
            guard let id = domain.identifier("id"), let domainTitle = domain.string("title", maximumLength: 200),
                let weight = domain.integer("weight", in: 1...100)
            else { continue }
            if domains.contains(where: { $0.id == id }) {
                let place = domain.position("id")
                log.add("domain '\(id)' is listed twice", line: place.line, column: place.column)
            }
            domains.append(Domain(id: id, title: domainTitle, weight: weight))
        }
        let total = domains.reduce(0) { $0 + $1.weight }
        if !domains.isEmpty, total != 100 {
            let place = fields.position("domains")
            log.add("the domain weights add up to \(total), not 100", line: place.line, column: place.column,
                    hint: "adjust the weights so they add up to 100")
        }
        guard log.isEmpty, let title, let questions, let minutes, let pass else { return (nil, log.problems) }
        return (ExamBlueprint(title: title, questions: questions, minutes: minutes, passPercent: pass, domains: domains), [])
    }
}
