import Values

/// `version`, `status`, `history`, `exit` and `quit`.
enum SessionCommands {
    static let version = CommandSpec(
        ["version"], summary: "show the program's version",
        examples: ["version", "version --json"]
    ) { _, _ throws(CommandError) in
        CommandOutput(
            [.paragraph("mlops-lab \(ProgramVersion.current)")],
            value: .object(["program": "mlops-lab", "version": .string(ProgramVersion.current)]))
    }

    static let status = CommandSpec(
        ["status"], summary: "show where your files are and the state of this session",
        discussion: "Shows the home folder (progress, history, settings), the content folder the course is read from, the course's size, the learner profile in use, and how many commands the history holds.",
        examples: ["status", "status --json"]
    ) { _, session throws(CommandError) in
        let homeText = session.home.map { "\($0.path) (\($0.source))" } ?? "unavailable: \(session.homeProblem?.message ?? "unknown")"
        let contentText = session.content.map { "\($0.path) (\($0.source))" } ?? "not found (give --content DIR or set MLOPS_LAB_CONTENT)"
        let course = session.course
        let questions = course.banks.values.reduce(0) { $0 + $1.questions.count }
        let courseText = "\(course.modules.count) modules, \(questions) questions"
            + (course.problems.isEmpty ? "" : "; \(course.problems.count) problems (see 'content check')")
        let learnerText: String
        do throws(CommandError) {
            learnerText = try session.record.learner.name
        } catch {
            learnerText = "unavailable: \(error.message)"
        }
        let fields: [(label: String, text: String)] = [
            ("version", ProgramVersion.current),
            ("home", homeText),
            ("content", contentText),
            ("course", courseText),
            ("learner", learnerText),
            ("history", "\(session.history.entries.count) of at most \(session.history.limit) lines"),
        ]
        let value = Value.object([
            "version": .string(ProgramVersion.current),
            "home": session.home.map { .object(["path": .string($0.path), "source": .string($0.source)]) }
                ?? .object(["error": .string(session.homeProblem?.message ?? "unavailable")]),
            "content": session.content.map { .object(["path": .string($0.path), "source": .string($0.source)]) } ?? .null,
            "course": .object(["modules": .int(course.modules.count), "questions": .int(questions), "problems": .int(course.problems.count)]),
            "learner": .string(learnerText),
            "history": .object(["entries": .int(session.history.entries.count), "limit": .int(session.history.limit)]),
        ])
        return CommandOutput([.heading("Status"), .fields(fields)], value: value)
    }

    static let history = CommandSpec(
        ["history"], summary: "show the commands typed at the prompt",
        flags: [FlagSpec("limit", "how many of the latest to show (default 20)", kind: .value(placeholder: "N"))],
        examples: ["history", "history --limit 100"]
    ) { invocation, session throws(CommandError) in
        let limit = try invocation.integer("limit", in: 1...100_000, default: 20)
        let entries = session.history.entries
        let first = max(0, entries.count - limit)
        let rows = entries.indices.dropFirst(first).map { [String($0 + 1), entries[$0]] }
        let value = Value.list(entries.indices.dropFirst(first).map {
            .object(["number": .int($0 + 1), "line": .string(entries[$0])])
        })
        if rows.isEmpty { return CommandOutput([.paragraph("The history is empty.")], value: value) }
        return CommandOutput(
            [.table(Table(columns: [Table.Column("#", alignRight: true), Table.Column("command")], rows: rows))],
            value: value)
    }

    static let exit = CommandSpec(["exit"], summary: "leave the REPL (history is saved)") { _, _ throws(CommandError) in
        CommandOutput([], value: .object(["exit": true]), action: .exit)
    }

    static let quit = CommandSpec(
        ["quit"], summary: "end the quiz or exam in progress; otherwise leave the REPL",
        discussion: "During a quiz or exam, 'quit' ends it and shows the result so far; 'exit' always leaves the REPL."
    ) { _, session throws(CommandError) in
        if session.attempt != nil { return QuizCommands.quitAttempt(session) }
        return CommandOutput([], value: .object(["exit": true]), action: .exit)
    }
}
