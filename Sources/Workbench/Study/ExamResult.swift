import Curriculum
import Values

/// A finished quiz or exam: overall score, per domain or objective, and what to revisit.
public struct ExamResult: Sendable, Equatable {
    /// One line of the breakdown.
    public struct Line: Sendable, Equatable {
        /// Domain or objective id.
        public var id: String
        /// Its title.
        public var title: String
        /// Marks earned.
        public var earned: Double
        /// Questions asked.
        public var asked: Int

        /// Share of the marks, 0 to 1.
        public var fraction: Double { asked == 0 ? 0 : earned / Double(asked) }
    }

    /// Quiz or exam.
    public var kind: StudyAttempt.Kind
    /// Marks earned over all questions.
    public var earned: Double
    /// Questions asked.
    public var asked: Int
    /// Pass mark, 0 to 1 (exams only).
    public var passMark: Double?
    /// By domain (exam) or objective (quiz).
    public var lines: [Line]
    /// Objectives (`module/objective`) answered wrongly or partly, to revisit.
    public var revisit: [String]
    /// Whether time ran out before every question was answered.
    public var timedOut: Bool

    /// Share of the marks, 0 to 1.
    public var fraction: Double { asked == 0 ? 0 : earned / Double(asked) }
    /// Whether the exam was passed (nil for a quiz).
    public var passed: Bool? { passMark.map { fraction >= $0 } }

    /// Scores a finished attempt against the course.
    public static func of(_ attempt: StudyAttempt, course: Course, timedOut: Bool) -> ExamResult {
        let earned = attempt.answers.reduce(0) { $0 + $1.fraction }
        var lines: [Line] = []
        switch attempt.kind {
        case .exam:
            for domain in course.blueprint?.domains ?? [] {
                let answers = attempt.answers.filter { course.module($0.module)?.domain == domain.id }
                lines.append(Line(id: domain.id, title: domain.title, earned: answers.reduce(0) { $0 + $1.fraction }, asked: answers.count))
            }
        case .review:
            for module in course.modules {
                let answers = attempt.answers.filter { $0.module == module.id }
                guard !answers.isEmpty else { continue }
                lines.append(Line(id: module.id, title: module.title, earned: answers.reduce(0) { $0 + $1.fraction }, asked: answers.count))
            }
        case .quiz(let module):
            for objective in course.module(module)?.objectives ?? [] {
                let answers = attempt.answers.filter { $0.objective == objective.id }
                guard !answers.isEmpty else { continue }
                lines.append(Line(id: objective.id, title: objective.text, earned: answers.reduce(0) { $0 + $1.fraction }, asked: answers.count))
            }
        }
        var revisit: [String] = []
        for answer in attempt.answers where answer.fraction < 1 {
            let key = answer.module + "/" + answer.objective
            if !revisit.contains(key) { revisit.append(key) }
        }
        let passMark = attempt.kind == .exam ? Double(course.blueprint?.passPercent ?? 70) / 100 : nil
        return ExamResult(
            kind: attempt.kind, earned: earned, asked: attempt.questions.count, passMark: passMark, lines: lines,
            revisit: revisit, timedOut: timedOut)
    }

    /// The result for the terminal and for `--json`.
    func output(course: Course) -> CommandOutput {
        let title: String
        switch kind {
        case .exam: title = "Mock exam result"
        case .review: title = "Review done"
        case .quiz(let module): title = "Quiz result: \(course.module(module)?.title ?? module)"
        }
        var blocks: [Block] = [.heading(title)]
        var verdict = "Score: \(QuestionView.percent(fraction)) (\(format(earned)) of \(asked))"
        if let passed, let passMark { verdict += passed ? " — passed (pass mark \(QuestionView.percent(passMark)))" : " — not passed (pass mark \(QuestionView.percent(passMark)))" }
        if timedOut { verdict += "; time ran out and the exam was submitted" }
        blocks.append(.notice(passed == false ? .warning : .success, verdict))
        if !lines.isEmpty { blocks.append(.table(Table(
            columns: [Table.Column(kind == .exam ? "domain" : kind == .review ? "module" : "objective"), Table.Column("score", alignRight: true), Table.Column("questions", alignRight: true)],
            rows: lines.map { [$0.title, QuestionView.percent($0.fraction), String($0.asked)] }))) }
        if !revisit.isEmpty {
            blocks.append(.heading("Revisit"))
            blocks.append(.bullets(revisit.map { key in
                let parts = key.split(separator: "/").map(String.init)
                let text = course.module(parts.first ?? "")?.objectives.first { $0.id == parts.last }?.text ?? ""
                return "\(key): \(text)"
            }))
        }
        let value = Value.object([
            "kind": .string(kind == .exam ? "exam" : kind == .review ? "review" : "quiz"),
            "score": .double(fraction), "earned": .double(earned), "questions": .int(asked),
            "passMark": passMark.map(Value.double) ?? .null, "passed": passed.map(Value.bool) ?? .null,
            "timedOut": .bool(timedOut),
            "breakdown": .list(lines.map { .object(["id": .string($0.id), "score": .double($0.fraction), "questions": .int($0.asked)]) }),
            "revisit": .list(revisit.map(Value.string)),
        ])
        return CommandOutput(blocks, value: value)
    }

    private func format(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String((number * 100).rounded() / 100)
    }
}
