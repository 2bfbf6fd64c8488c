import Curriculum
import Foundation
import Progress
import Values

/// `review`, `progress`, `next`: spaced review and where the learner stands.
enum ReviewCommands {
    static let review = CommandSpec(
        ["review"], summary: "review the questions that are due (spaced repetition, FSRS-6)",
        discussion: "Every answered question becomes a review card scheduled with FSRS-6 (21 default weights, desired retention from 'config set review.retention'). A wrong answer is graded Again, a right but slow one Hard, a right one Good, a right and fast one Easy (fast and slow are measured against the time a question of its type should take; true/false is never Easy). 'review' asks the cards that are due now.",
        flags: [FlagSpec("limit", "at most this many cards (default 20)", kind: .value(placeholder: "N"))],
        examples: ["review", "review --limit 5"]
    ) { invocation, session throws(CommandError) in
        try QuizCommands.refuseWhileAttempting(session)
        let limit = try invocation.integer("limit", in: 1...500, default: 20)
        let record = try session.record
        let now = session.now()
        let due: [StoredReviewCard]
        do {
            due = try record.store.dueCards(learner: record.learner.id, at: Int64(now), limit: limit)
        } catch {
            throw CommandError("cannot read review cards: \(describe(error))")
        }
        let course = session.course
        let questions = due.compactMap { card -> DrawnQuestion? in
            let parts = card.cardID.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, let question = course.banks[parts[0]]?.question(parts[1]) else { return nil }
            return DrawnQuestion(module: parts[0], question: question)
        }
        guard !questions.isEmpty else {
            return CommandOutput([.notice(.success, "Nothing is due for review. Answer quiz questions to fill the deck.")],
                                 value: .object(["due": 0]))
        }
        session.attempt = StudyAttempt(kind: .review, seed: UInt64(now), questions: questions, startedAt: now, shownAt: now)
        return QuizCommands.show(session, before: [.notice(.info, "\(questions.count) card\(questions.count == 1 ? "" : "s") due.")])
    }

    static let progress = CommandSpec(
        ["progress"], summary: "show your progress: lessons, quizzes, mastery by module, reviews due",
        examples: ["progress", "progress --json"]
    ) { _, session throws(CommandError) in
        let record = try session.record
        let course = session.course
        let learner = record.learner.id
        let completed: Set<String>
        let mastery: [ObjectiveMastery]
        let answers: [RecordedAnswer]
        let due: Int
        let events: [StoredEvent]
        do {
            events = try record.store.events(learner: learner)
            completed = try record.store.lessonsCompleted(learner: learner)
            mastery = try record.store.mastery(learner: learner)
            answers = try record.store.answers(learner: learner)
            due = try record.store.dueCards(learner: learner, at: Int64(session.now()), limit: 10_000).count
        } catch {
            throw CommandError("cannot read progress: \(describe(error))")
        }
        var rows: [[String]] = []
        var moduleValues: [Value] = []
        for module in course.modules {
            let objectiveKeys = module.objectives.map { module.id + "/" + $0.id }
            let known = mastery.filter { objectiveKeys.contains($0.objective) }
            let level = objectiveKeys.isEmpty ? 0 : known.reduce(0) { $0 + $1.mastery } / Double(objectiveKeys.count)
            let answered = answers.filter { $0.answer.module == module.id }.count
            rows.append([
                module.id, completed.contains(module.id) ? "read" : "—", String(answered),
                bar(level) + " " + QuestionView.percent(level),
            ])
            moduleValues.append(.object([
                "module": .string(module.id), "lessonCompleted": .bool(completed.contains(module.id)),
                "answers": .int(answered), "mastery": .double(level),
            ]))
        }
        var blocks: [Block] = [
            .heading("Progress of \(record.learner.name)"),
            .table(Table(columns: [Table.Column("module"), Table.Column("lesson"), Table.Column("answers", alignRight: true),
                                   Table.Column("mastery")], rows: rows)),
            .paragraph("\(completed.count) of \(course.modules.count) lessons read, \(answers.count) answers, \(due) review card\(due == 1 ? "" : "s") due."),
        ]
        let summary = ReportTally(events: events, course: course) { try? $0.questionAnswer() }.summary()
        let days = ReportPage.answerHistory(ReportTally(events: events, course: course) { _ in nil }.events)
        if !days.isEmpty {
            blocks.append(.heading("Questions answered"))
            blocks.append(.table(Table(
                columns: [Table.Column("day"), Table.Column("answers", alignRight: true), Table.Column("correct", alignRight: true)],
                rows: days.suffix(10).map { [$0.day, String($0.answers), String($0.correct)] })))
        }
        if !summary.exams.isEmpty {
            blocks.append(.heading("Mock exams"))
            blocks.append(.table(Table(
                columns: [Table.Column("handed in"), Table.Column("score", alignRight: true), Table.Column("result")],
                rows: summary.exams.map { exam in
                    [String(UTCTime.iso8601(milliseconds: exam.at).prefix(16)).replacingOccurrences(of: "T", with: " "),
                     QuestionView.percent(exam.score), (exam.passed ? "passed" : "not passed") + (exam.timedOut ? " (time ran out)" : "")]
                })))
        }
        let labs = summary.labs.filter(\.started)
        if !labs.isEmpty {
            blocks.append(.heading("Labs"))
            blocks.append(.table(Table(
                columns: [Table.Column("lab"), Table.Column("status"), Table.Column("points", alignRight: true)],
                rows: labs.map { [$0.id, $0.passed ? "passed" : "in progress", "\($0.points) of \($0.of)"] })))
        }
        return CommandOutput(blocks, value: .object([
            "learner": .string(record.learner.name), "modules": .list(moduleValues), "due": .int(due),
            "answers": .int(answers.count),
            "days": .list(days.map { .object(["day": .string($0.day), "answers": .int($0.answers), "correct": .int($0.correct)]) }),
            "exams": .list(summary.exams.map { .object(["at": .string(UTCTime.iso8601(milliseconds: $0.at)), "score": .double($0.score), "passed": .bool($0.passed)]) }),
            "labs": .list(labs.map { .object(["id": .string($0.id), "passed": .bool($0.passed), "points": .int($0.points), "of": .int($0.of)]) }),
        ]))
    }

    static let next = CommandSpec(
        ["next"], summary: "what to do next: a question waiting, reviews due, the next lesson, or the mock exam"
    ) { _, session throws(CommandError) in
        let (advice, command) = try recommendation(session)
        return CommandOutput([.paragraph(advice), .code("  " + command)], value: .object(["advice": .string(advice), "command": .string(command)]))
    }

    static func recommendation(_ session: Session) throws(CommandError) -> (String, String) {
        if let attempt = session.attempt {
            return ("You are in the middle of a \(attempt.kind == .exam ? "mock exam" : "quiz"); answer the question or end it.", "answer …")
        }
        let record = try session.record
        let course = session.course
        do {
            let due = try record.store.dueCards(learner: record.learner.id, at: Int64(session.now()), limit: 1000).count
            if due > 0 { return ("\(due) review card\(due == 1 ? " is" : "s are") due: a few minutes now keeps them.", "review") }
            let completed = try record.store.lessonsCompleted(learner: record.learner.id)
            if let module = course.modules.first(where: { !completed.contains($0.id) && $0.prerequisites.allSatisfy(completed.contains) }) {
                return ("Read '\(module.title)' next (about \(module.minutes) minutes).", "lesson \(module.id)")
            }
            return ("You have read every lesson: sit the mock exam.", "exam start")
        } catch {
            throw CommandError("cannot read progress: \(describe(error))")
        }
    }

    private static func bar(_ fraction: Double) -> String {
        let filled = Int((max(0, min(1, fraction)) * 10).rounded())
        return String(repeating: "#", count: filled) + String(repeating: ".", count: 10 - filled)
    }
}

/// `progress reset`: start a module, a lab or everything again.
enum ProgressResetCommand {
    static let spec = CommandSpec(
        ["progress", "reset"], summary: "start a module, a lab or everything again",
        discussion: "Clears the lesson, answers, mastery and review cards of a module (--module), whether a lab was passed (--lab), or everything (--all). The event log keeps its history: a reset is recorded as an event, and later progress counts from it. Without --yes the command only says what it would clear.",
        flags: [
            FlagSpec("module", "the module to reset", kind: .value(placeholder: "ID"), completion: .ids("module")),
            FlagSpec("lab", "the lab to reset", kind: .value(placeholder: "ID")),
            FlagSpec("all", "reset everything"),
            FlagSpec("yes", "do it without asking"),
        ],
        examples: ["progress reset --module cicd", "progress reset --module cicd --yes", "progress reset --all --yes"]
    ) { invocation, session throws(CommandError) in
        let given = [invocation.value("module") != nil, invocation.value("lab") != nil, invocation.has("all")].filter { $0 }.count
        guard given == 1 else {
            throw CommandError.usage("give exactly one of --module ID, --lab ID or --all", hint: "usage: \(invocation.spec.usage)")
        }
        let scope: ResetScope
        let what: String
        if let module = invocation.value("module") {
            guard session.course.module(module) != nil else { throw QuizCommands.unknownModule(module, course: session.course, column: nil) }
            scope = .module(module)
            what = "your progress in module \(module) (lesson, answers, mastery, review cards)"
        } else if let lab = invocation.value("lab") {
            scope = .lab(lab)
            what = "whether you passed lab \(lab)"
        } else {
            scope = .all
            what = "all of your progress"
        }
        guard invocation.has("yes") else {
            throw CommandError("this would clear \(what); nothing was changed", hint: "run it again with --yes to confirm")
        }
        try QuizCommands.refuseWhileAttempting(session)
        let record = try session.record
        do {
            let outcome = try record.store.reset(learner: record.learner.id, scope: scope, at: Int64(session.now() * 1000))
            return CommandOutput(
                [.notice(.success, "cleared \(what); \(outcome.cardsDeleted) review card\(outcome.cardsDeleted == 1 ? "" : "s") removed")],
                value: .object(["scope": .string(invocation.value("module") ?? invocation.value("lab") ?? "all"), "cardsDeleted": .int(outcome.cardsDeleted)]))
        } catch {
            throw CommandError("could not reset: \(describe(error))")
        }
    }
}
