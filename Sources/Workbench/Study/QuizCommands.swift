import Curriculum
import Values

/// `quiz start`, `exam start`, `answer`, `skip`, `exam submit`, `exam result`.
enum QuizCommands {
    static let quizStart = CommandSpec(
        ["quiz", "start"], summary: "start a quiz on one module",
        discussion: "Asks up to --count questions of the module's bank in a shuffled order; each answer gets feedback and an explanation at once. The prompt shows the quiz; 'quit' ends it early with a summary by objective.",
        arguments: [ArgumentSpec("MODULE", "the module", completion: .ids("module"))],
        flags: [
            FlagSpec("count", "how many questions (default 10)", kind: .value(placeholder: "N")),
            FlagSpec("objective", "only questions of this objective", kind: .value(placeholder: "ID")),
            FlagSpec("seed", "the seed that picks and shuffles the questions (default: from the clock)", kind: .value(placeholder: "N")),
            FlagSpec("force", "quiz a module whose prerequisites are not done yet"),
        ],
        examples: ["quiz start monitoring-drift", "quiz start cicd --count 5 --objective model-tests"]
    ) { invocation, session throws(CommandError) in
        try refuseWhileAttempting(session)
        let course = session.course
        let moduleID = invocation.argument(0) ?? ""
        guard let module = course.module(moduleID) else { throw unknownModule(moduleID, course: course, column: invocation.arguments.first?.column) }
        if !invocation.has("force") { try ModuleCommands.checkUnlocked(module, session: session) }
        let objective = invocation.value("objective")
        if let objective, !module.objectives.contains(where: { $0.id == objective }) {
            throw CommandError.usage(
                "module '\(moduleID)' has no objective '\(objective)'",
                hint: "its objectives: \(module.objectives.map(\.id).joined(separator: ", "))")
        }
        let count = try invocation.integer("count", in: 1...100, default: 10)
        let seed = try seedValue(invocation, session: session)
        let questions = ExamAssembler.quiz(course: course, module: moduleID, count: count, objective: objective, seed: seed)
        guard !questions.isEmpty else { throw CommandError("module '\(moduleID)' has no questions to ask") }
        let now = session.now()
        session.attempt = StudyAttempt(kind: .quiz(module: moduleID), seed: seed, questions: questions, startedAt: now, shownAt: now)
        return show(session, before: [.notice(.info, "Quiz on \(module.title): \(questions.count) questions (seed \(seed)).")])
    }

    static let examStart = CommandSpec(
        ["exam", "start"], summary: "start a timed mock exam drawn by the blueprint's domain weights",
        discussion: "Draws the blueprint's number of questions (40 by default) across the exam domains by their weights, with no repeats. There is no feedback until the end. When the time is up the exam is submitted as it stands.",
        flags: [FlagSpec("seed", "the seed that draws the exam (default: from the clock)", kind: .value(placeholder: "N"))],
        examples: ["exam start", "exam start --seed 42"]
    ) { invocation, session throws(CommandError) in
        try refuseWhileAttempting(session)
        let course = session.course
        guard let blueprint = course.blueprint else {
            throw CommandError("the exam blueprint (curriculum/exam.yaml) did not load", hint: "run 'content check'")
        }
        let seed = try seedValue(invocation, session: session)
        let questions = ExamAssembler.assemble(course: course, blueprint: blueprint, seed: seed)
        guard !questions.isEmpty else { throw CommandError("the course has no questions for an exam") }
        let now = session.now()
        var attempt = StudyAttempt(kind: .exam, seed: seed, questions: questions, startedAt: now, shownAt: now)
        attempt.deadline = now + Double(blueprint.minutes * 60)
        try session.record.append(.examStarted, subject: "exam", payload: ["seed": String(seed)], at: now)
        session.attempt = attempt
        return show(session, before: [.notice(.info,
            "\(blueprint.title): \(questions.count) questions, \(blueprint.minutes) minutes, pass mark \(blueprint.passPercent) % (seed \(seed)).")])
    }

    static let answer = CommandSpec(
        ["answer"], summary: "answer the current quiz or exam question",
        discussion: "Letters for choices (b, or a,c for several), true or false, a number, a few words, 1b,2a,3c for matching, 2>1>3 for ordering.",
        arguments: [ArgumentSpec("RESPONSE", "your answer", variadic: true)],
        examples: ["answer b", "answer a,c", "answer 0.25", "answer 1b,2a,3c", "answer 2>1>3"]
    ) { invocation, session throws(CommandError) in
        var attempt = try activeAttempt(session)
        if let output = try finishIfTimeIsUp(session) { return output }
        guard let drawn = attempt.current, let presentation = attempt.presentation else { throw CommandError("no question is waiting") }
        let text = invocation.arguments.map(\.text).joined(separator: " ")
        let response: Response
        do {
            response = try presentation.parse(text)
        } catch let error as ResponseError {
            throw CommandError.usage(error.message, hint: presentation.answerHint, column: invocation.arguments.first?.column)
        } catch {
            throw CommandError.usage("\(error)", hint: presentation.answerHint)
        }
        let score = Scoring.score(drawn.question, response)
        let now = session.now()
        let given = StudyAttempt.Answer(
            key: drawn.key, module: drawn.module, objective: drawn.question.objective, response: response.encoded,
            fraction: score.fraction, seconds: now - attempt.shownAt)
        try session.record.recordAnswer(given, question: drawn.question, at: now, retention: retention(session))
        attempt.answers.append(given)
        attempt.shownAt = now
        session.attempt = attempt
        let feedback: [Block] = attempt.kind == .exam ? [.notice(.info, "Answer recorded.")] : QuestionView.feedback(score, question: drawn)
        return advance(session, before: feedback, value: .object([
            "question": .string(drawn.key), "response": .string(response.encoded), "score": .double(score.fraction),
            "correct": .bool(score.isCorrect),
        ]))
    }

    static let skip = CommandSpec(["skip"], summary: "skip the current question (it scores nothing)") { _, session throws(CommandError) in
        var attempt = try activeAttempt(session)
        if let output = try finishIfTimeIsUp(session) { return output }
        guard let drawn = attempt.current else { throw CommandError("no question is waiting") }
        let now = session.now()
        let skipped = StudyAttempt.Answer(
            key: drawn.key, module: drawn.module, objective: drawn.question.objective, response: nil, fraction: 0,
            seconds: now - attempt.shownAt)
        try session.record.recordAnswer(skipped, question: drawn.question, at: now, retention: retention(session))
        attempt.answers.append(skipped)
        attempt.shownAt = now
        session.attempt = attempt
        return advance(session, before: [.notice(.info, "Skipped.")], value: .object(["question": .string(drawn.key), "skipped": true]))
    }

    static let examSubmit = CommandSpec(["exam", "submit"], summary: "hand in the mock exam now; unanswered questions score nothing") { _, session throws(CommandError) in
        guard let attempt = session.attempt, attempt.kind == .exam else { throw CommandError("no exam is in progress", hint: "start one with 'exam start'") }
        return finish(session, timedOut: false)
    }

    static let examResult = CommandSpec(["exam", "result"], summary: "show the last mock exam's score by domain and the objectives to revisit") { _, session throws(CommandError) in
        if let output = try finishIfTimeIsUp(session) { return output }
        guard let result = session.lastExamResult else { throw CommandError("no exam has been taken in this session", hint: "start one with 'exam start'") }
        return result.output(course: session.course)
    }

    /// Ends the attempt in progress (what `quit` does while one is running).
    static func quitAttempt(_ session: Session) -> CommandOutput {
        finish(session, timedOut: false)
    }

    // MARK: - Flow

    static func show(_ session: Session, before: [Block]) -> CommandOutput {
        guard let attempt = session.attempt else { return CommandOutput(before, value: .null) }
        session.promptContext = attempt.promptContext(now: session.now())
        let drawn = attempt.current
        return CommandOutput(before + QuestionView.blocks(attempt, course: session.course), value: .object([
            "position": .int(attempt.position + 1), "questions": .int(attempt.questions.count),
            "question": .optional(drawn?.key), "prompt": .optional(drawn?.question.prompt),
            "seed": .string(String(attempt.seed)),
        ]))
    }

    private static func advance(_ session: Session, before: [Block], value: Value) -> CommandOutput {
        guard let attempt = session.attempt else { return CommandOutput(before, value: value) }
        if attempt.isFinished {
            let result = finish(session, timedOut: false)
            return CommandOutput(before + result.blocks, value: .object(["answer": value, "result": result.value]))
        }
        let next = show(session, before: before)
        return CommandOutput(next.blocks, value: .object(["answer": value, "next": next.value]))
    }

    private static func finish(_ session: Session, timedOut: Bool) -> CommandOutput {
        guard let attempt = session.attempt else { return CommandOutput([], value: .null) }
        let result = ExamResult.of(attempt, course: session.course, timedOut: timedOut)
        if attempt.kind == .exam {
            session.lastExamResult = result
            // The answers are already saved one by one; a failure here loses only the summary line.
            try? session.record.append(.examSubmitted, subject: "exam", payload: [
                "seed": String(attempt.seed), "score": String(result.fraction), "passed": String(result.passed ?? false),
                "timedOut": String(timedOut),
            ], at: session.now())
        }
        session.attempt = nil
        session.promptContext = session.activeLab?.promptContext ?? []
        return result.output(course: session.course)
    }

    private static func finishIfTimeIsUp(_ session: Session) throws(CommandError) -> CommandOutput? {
        guard let attempt = session.attempt, let deadline = attempt.deadline, session.now() >= deadline else { return nil }
        return finish(session, timedOut: true)
    }

    private static func activeAttempt(_ session: Session) throws(CommandError) -> StudyAttempt {
        guard let attempt = session.attempt else {
            throw CommandError("no quiz or exam is in progress", hint: "start one with 'quiz start MODULE' or 'exam start'")
        }
        return attempt
    }

    static func refuseWhileAttempting(_ session: Session) throws(CommandError) {
        guard session.attempt != nil else { return }
        _ = try finishIfTimeIsUp(session)
        guard session.attempt != nil else { return }
        throw CommandError("a quiz or exam is already in progress", hint: "finish it, or end it with 'quit'")
    }

    private static func seedValue(_ invocation: Invocation, session: Session) throws(CommandError) -> UInt64 {
        guard let word = invocation.values["seed"]?.last else { return UInt64(session.now() * 1000) }
        guard let seed = UInt64(word.text) else {
            throw CommandError.usage("--seed takes a whole number from 0 to \(UInt64.max), not '\(word.text)'", column: word.column)
        }
        return seed
    }

    private static func retention(_ session: Session) -> Double {
        Double(session.settings.value("review.retention")) ?? 0.9
    }

    static func unknownModule(_ id: String, course: Course, column: Int?) -> CommandError {
        let hint = Suggestions.phrase(for: id, among: course.modules.map(\.id)) ?? "see 'module list'"
        return CommandError.usage("no module '\(id)'", hint: hint, column: column)
    }
}
