import Progress
import Values

/// `profile create`, `profile use`, `profile list`: several learners on one classroom machine.
enum ProfileCommands {
    static let create = CommandSpec(
        ["profile", "create"], summary: "create a learner profile and switch to it",
        arguments: [ArgumentSpec("NAME", "the learner's name (1–80 characters)")],
        flags: [FlagSpec("email", "the learner's email, for exported reports", kind: .value(placeholder: "EMAIL"))],
        examples: ["profile create ada --email ada@example.org"]
    ) { invocation, session throws(CommandError) in
        let store = try session.record.store
        do {
            _ = try store.createLearner(name: invocation.argument(0) ?? "", email: invocation.value("email"))
            let learner = try store.useLearner(name: invocation.argument(0) ?? "")
            session.replaceRecord(StudyRecord(store: store, learner: learner))
            return CommandOutput([.notice(.success, "created and switched to \(learner.name)")],
                                 value: .object(["name": .string(learner.name), "email": .optional(learner.email)]))
        } catch {
            throw CommandError(describe(error))
        }
    }

    static let use = CommandSpec(
        ["profile", "use"], summary: "switch to another learner profile",
        arguments: [ArgumentSpec("NAME", "the profile", completion: .ids("profile"))],
        examples: ["profile use ada"]
    ) { invocation, session throws(CommandError) in
        try QuizCommands.refuseWhileAttempting(session)
        let store = try session.record.store
        do {
            let learner = try store.useLearner(name: invocation.argument(0) ?? "")
            session.replaceRecord(StudyRecord(store: store, learner: learner))
            return CommandOutput([.notice(.success, "now studying as \(learner.name)")], value: .object(["name": .string(learner.name)]))
        } catch {
            throw CommandError(describe(error), hint: "see 'profile list'")
        }
    }

    static let list = CommandSpec(["profile", "list"], summary: "list the learner profiles on this machine") { _, session throws(CommandError) in
        let record = try session.record
        let learners: [Learner]
        do {
            learners = try record.store.learners()
        } catch {
            throw CommandError(describe(error))
        }
        let rows = learners.map { [$0.id == record.learner.id ? "*" : "", $0.name, $0.email ?? ""] }
        return CommandOutput(
            [.table(Table(columns: [Table.Column(""), Table.Column("name"), Table.Column("email")], rows: rows))],
            value: .list(learners.map { .object(["name": .string($0.name), "email": .optional($0.email), "current": .bool($0.id == record.learner.id)]) }))
    }
}
