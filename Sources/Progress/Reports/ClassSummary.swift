/// What a class's reports show together, for the instructor: per question how hard it was and
/// the commonest wrong answers, per lab how many passed.
public struct ClassSummary: Sendable, Equatable {
    /// One question across the class.
    public struct Question: Sendable, Equatable {
        public var key: String
        public var prompt: String
        /// Answers given (every attempt counts).
        public var answers: Int
        /// Of which fully correct.
        public var correct: Int
        /// Wrong responses with how often each was given, commonest first (at most three).
        public var commonWrong: [(response: String, count: Int)]

        public init(key: String, prompt: String, answers: Int, correct: Int, commonWrong: [(response: String, count: Int)]) {
            self.key = key
            self.prompt = prompt
            self.answers = answers
            self.correct = correct
            self.commonWrong = commonWrong
        }

        /// The share of answers that were wrong: 0 easy, 1 nobody got it.
        public var difficulty: Double { answers == 0 ? 0 : 1 - Double(correct) / Double(answers) }

        public static func == (left: Question, right: Question) -> Bool {
            left.key == right.key && left.prompt == right.prompt && left.answers == right.answers && left.correct == right.correct
                && left.commonWrong.map(\.response) == right.commonWrong.map(\.response) && left.commonWrong.map(\.count) == right.commonWrong.map(\.count)
        }
    }

    /// One lab across the class.
    public struct Lab: Sendable, Equatable {
        public var id: String
        public var title: String
        /// Learners whose report holds an attempt.
        public var attempted: Int
        /// Of which every task passed on replay.
        public var passed: Int

        public init(id: String, title: String, attempted: Int, passed: Int) {
            self.id = id
            self.title = title
            self.attempted = attempted
            self.passed = passed
        }
    }

    public var questions: [Question]
    public var labs: [Lab]

    public init(questions: [Question], labs: [Lab]) {
        self.questions = questions
        self.labs = labs
    }
}

/// The class summary as one self-contained HTML page: the gradebook with its flags, the hardest
/// questions with their commonest wrong answers, and each lab's pass rate.
public enum ClassPage {
    public static func html(summary: ClassSummary, gradebook: Gradebook, rows: [Gradebook.Row]) -> String {
        var body = "<h1>Class summary</h1>\n<p class=\"meta\">\(rows.count) learners · \(rows.filter { !$0.flags.isEmpty }.count) flagged</p>\n"
        body += "<h2>Gradebook</h2>\n" + HTMLPage.table(
            ["learner", "email", "modules (mean)", "labs (points)", "exam", "flags"],
            rows.map { row in
                [
                    SafeText.html(row.name), SafeText.html(row.email ?? ""), Gradebook.percent(row.meanModuleScore(over: gradebook.modules)) + "%",
                    String(row.labs.values.reduce(0, +)), row.exam.map { Gradebook.percent($0) + "%" } ?? "—",
                    row.flags.isEmpty ? "<span class=\"ok\">none</span>" : "<span class=\"flag\">" + row.flags.map(SafeText.html).joined(separator: "<br>") + "</span>",
                ]
            }, numeric: [2, 3, 4])
        let hardest = summary.questions.filter { $0.answers > 0 }.sorted { ($0.difficulty, $1.key) > ($1.difficulty, $0.key) }.prefix(25)
        body += "<h2>Questions, hardest first</h2>\n"
        body += hardest.isEmpty ? "<p>No answers in these reports.</p>\n" : HTMLPage.table(
            ["question", "prompt", "answers", "wrong", "commonest wrong answers"],
            hardest.map { question in
                [SafeText.html(question.key), SafeText.html(String(question.prompt.prefix(120))), String(question.answers),
                 Gradebook.percent(question.difficulty) + "%",
                 question.commonWrong.map { SafeText.html($0.response) + " (\($0.count))" }.joined(separator: ", ")]
            }, numeric: [2, 3])
        body += "<h2>Labs</h2>\n" + HTMLPage.table(
            ["lab", "attempted", "passed", "pass rate", ""],
            summary.labs.map { lab in
                let rate = lab.attempted == 0 ? 0 : Double(lab.passed) / Double(lab.attempted)
                return [SafeText.html(lab.title), String(lab.attempted), String(lab.passed), HTMLPage.bar(rate), Gradebook.percent(rate) + "%"]
            }, numeric: [1, 2, 4])
        return HTMLPage.document(title: "mlops-lab class summary", body: body)
    }
}
