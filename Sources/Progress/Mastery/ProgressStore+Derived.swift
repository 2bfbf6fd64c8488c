import GRDB

// Progress derived from the event log. Every query skips events that a later `progress.reset`
// covers, so a reset takes effect without rewriting history.
extension ProgressStore {
    /// The modules whose lesson the learner has completed (since the module was last reset).
    public func lessonsCompleted(learner: Int64) throws(ProgressError) -> Set<String> {
        try reading("read completed lessons") { db in
            let cutoffs = try Self.resetCutoffs(db, learner: learner)
            var modules = Set<String>()
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, subject FROM events WHERE learner_id = ? AND kind = ?",
                arguments: [learner, EventKind.lessonCompleted.rawValue])
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let module: String = row[1]
                if id > cutoffs.moduleCutoff(module) { modules.insert(module) }
            }
            return modules
        }
    }

    /// The labs the learner has passed (since the lab was last reset).
    public func labsPassed(learner: Int64) throws(ProgressError) -> Set<String> {
        try reading("read passed labs") { db in
            let cutoffs = try Self.resetCutoffs(db, learner: learner)
            var labs = Set<String>()
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, subject FROM events WHERE learner_id = ? AND kind = ?",
                arguments: [learner, EventKind.labPassed.rawValue])
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let lab: String = row[1]
                if id > cutoffs.labCutoff(lab) { labs.insert(lab) }
            }
            return labs
        }
    }

    /// The learner's graded answers to questions of `module` (keys `module/…`), oldest first, or of
    /// every module when `module` is `nil`.
    public func answers(learner: Int64, module: String? = nil) throws(ProgressError) -> [RecordedAnswer] {
        try reading("read answers") { db in
            try Self.answers(db, learner: learner, module: module)
        }
    }

    /// Mastery of every objective the learner has answered questions on, by objective key; see
    /// ``MasteryFormula``.
    public func mastery(learner: Int64) throws(ProgressError) -> [ObjectiveMastery] {
        try reading("compute mastery") { db in
            var running: [String: RunningMastery] = [:]
            for recorded in try Self.answers(db, learner: learner, module: nil) {
                running[recorded.answer.objective, default: RunningMastery()].add(recorded.answer.fraction)
            }
            return running.compactMap { objective, mastery in
                mastery.value.map { ObjectiveMastery(objective: objective, mastery: $0, answers: mastery.count) }
            }
            .sorted { $0.objective < $1.objective }
        }
    }

    // MARK: - Inside transactions

    static func answers(_ db: Database, learner: Int64, module: String?) throws -> [RecordedAnswer] {
        let cutoffs = try resetCutoffs(db, learner: learner)
        var sql = """
            SELECT id, at,
                json_extract(payload, '$.question'), json_extract(payload, '$.objective'),
                json_extract(payload, '$.response'), json_extract(payload, '$.fraction'),
                json_extract(payload, '$.correct'), json_extract(payload, '$.seconds')
            FROM events WHERE learner_id = ? AND kind = ?
            """
        var arguments: StatementArguments = [learner, EventKind.questionAnswered.rawValue]
        if let module {
            let prefix = module + "/"
            sql += " AND substr(subject, 1, length(?)) = ?"
            _ = arguments.append(contentsOf: [prefix, prefix])
        }
        sql += " ORDER BY id"
        var answers: [RecordedAnswer] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let id: Int64 = row[0]
            guard
                let question: String = row[2], let objective: String = row[3],
                let fraction: Double = row[5], let correct: Bool = row[6]
            else {
                throw ProgressError.invalidEvent("event \(id) (question.answered) does not hold an answer: it lacks question, objective, fraction or correct")
            }
            let answer = QuestionAnswer(
                question: question, objective: objective, response: row[4] ?? "",
                fraction: fraction, correct: correct, seconds: row[7] ?? 0)
            if id > cutoffs.moduleCutoff(answer.module) {
                answers.append(RecordedAnswer(eventID: id, at: row[1], answer: answer))
            }
        }
        return answers
    }

    static func resetCutoffs(_ db: Database, learner: Int64) throws -> ResetCutoffs {
        var cutoffs = ResetCutoffs()
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT id, subject, json_extract(payload, '$.scope') FROM events WHERE learner_id = ? AND kind = ? ORDER BY id",
            arguments: [learner, EventKind.progressReset.rawValue])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let subject: String = row[1]
            switch row[2] as String? {
            case "module": cutoffs.modules[subject] = id
            case "lab": cutoffs.labs[subject] = id
            default: cutoffs.all = id
            }
        }
        return cutoffs
    }
}
