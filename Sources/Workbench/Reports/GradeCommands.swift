import Curriculum
import Foundation
import Modeling
import Progress
import Values

/// The instructor's side: `report verify` for one report, `grade` for a class.
enum GradeCommands {
    static let verify = CommandSpec(
        ["report", "verify"], summary: "check a learner's report: signature, hash chain, program, content, answers and lab replays",
        discussion: """
            Prints each finding. The signature shows which installation exported the report, not who did the work: the \
            re-scored answers and the replayed lab attempts are what a grade rests on. Exits with status 1 when anything \
            does not hold.
            """,
        arguments: [ArgumentSpec("REPORT", "the report (from 'progress export')", completion: .files)],
        examples: ["report verify progress-ada.json", "report verify progress-ada.json --json"]
    ) { invocation, session throws(CommandError) in
        guard let path = invocation.argument(0) else { throw CommandError.usage("'report verify' needs a report file") }
        let report = try ReportCommands.read(path)
        var replays = ReplayCache(session: session)
        let audit = ReportAudit(report, course: session.course, contentDigest: ContentDigest.of(session)) { attempt, lab throws(CommandError) in
            try replays.results(attempt, lab: lab)
        }
        let failed = audit.findings.filter { !$0.ok }.count
        var blocks: [Block] = [.heading("Report of \(SafeText.terminal(report.learner.name)) (\(SafeText.terminal(report.learner.email ?? "no email")))")]
        blocks.append(.table(Table(
            columns: [Table.Column(""), Table.Column("check"), Table.Column("finding")],
            rows: audit.findings.map { [$0.ok ? "✓" : "✗", $0.subject, SafeText.terminal($0.message)] })))
        blocks.append(failed == 0
            ? .notice(.success, "every check holds")
            : .notice(.warning, "\(failed) of \(audit.findings.count) checks do not hold"))
        var output = CommandOutput(blocks, value: .object([
            "learner": .string(report.learner.name), "ok": .bool(failed == 0), "findings": .list(audit.findings.map(\.value)),
        ]))
        output.reportsFailure = failed > 0
        return output
    }

    static let grade = CommandSpec(
        ["grade"], summary: "grade a class's reports: re-score every answer, replay every lab attempt, flag what does not match",
        discussion: """
            Never trusts a report's own scores: answers are scored again from the content, lab attempts are replayed in a \
            fresh sandbox and their checks evaluated again. Anything that does not match (a bad signature, edited events, \
            a score that does not follow from the answers, a lab that does not replay, other content or program version) \
            lands in the gradebook's flags column. A report that cannot be read gets a row of its own saying why.
            """,
        arguments: [ArgumentSpec("REPORT", "the reports", variadic: true, completion: .files)],
        flags: [
            FlagSpec("content", "grade with this content folder instead of the one in use", kind: .value(placeholder: "DIR"), completion: .files),
            FlagSpec("out", "write the gradebook (CSV) here", kind: .value(placeholder: "FILE"), completion: .files),
            FlagSpec("html", "write the class summary page here", kind: .value(placeholder: "FILE"), completion: .files),
            FlagSpec("force", "replace those files if they exist"),
        ],
        examples: ["grade reports/*.json --out gradebook.csv --html class.html", "grade ada.json bob.json --content ./course"]
    ) { invocation, session throws(CommandError) in
        let paths = invocation.arguments.map(\.text)
        guard !paths.isEmpty else { throw CommandError.usage("'grade' needs at least one report file") }
        for output in [invocation.value("out"), invocation.value("html")].compactMap({ $0 }) where !invocation.has("force") {
            if FileManager.default.fileExists(atPath: output) { throw CommandError("\(output) exists", hint: "give --force to replace it") }
        }
        var course = session.course
        var digest = ContentDigest.of(session)
        if let folder = invocation.value("content") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw CommandError.usage("--content \(folder) is not a folder")
            }
            course = CourseLoader.load(folder: folder)
            if let problem = course.problems.first {
                throw CommandError("the content in \(folder) has problems, so grades would be wrong: \(problem)", hint: "'content check' lists them all")
            }
            digest = ContentDigest.of(folder: folder)
        }
        let gradebook = ReportExport.gradebook(course, withFlags: true)
        var replays = ReplayCache(session: session)
        var rows: [Gradebook.Row] = []
        var audits: [ReportAudit] = []
        for (index, path) in paths.enumerated() {
            session.progress((Double(index) / Double(paths.count), "grading \(path)"))
            do throws(CommandError) {
                let report = try ReportCommands.read(path)
                let audit = ReportAudit(report, course: course, contentDigest: digest) { attempt, lab throws(CommandError) in
                    try replays.results(attempt, lab: lab)
                }
                audits.append(audit)
                rows.append(audit.row)
            } catch {
                rows.append(Gradebook.Row(name: path, email: nil, modules: [:], labs: [:], exam: nil, flags: ["unreadable: \(error.message)"]))
            }
        }
        session.progress(nil)
        let summary = classSummary(audits, course: course)
        var written: [Value.Field] = []
        if let out = invocation.value("out") {
            try FileStore.writeNew(gradebook.csv(rows), to: out, force: invocation.has("force"), mode: 0o600)
            written.append(Value.Field("out", .string(out)))
        }
        if let html = invocation.value("html") {
            try FileStore.writeNew(ClassPage.html(summary: summary, gradebook: gradebook, rows: rows), to: html, force: invocation.has("force"), mode: 0o600)
            written.append(Value.Field("html", .string(html)))
        }
        return output(rows: rows, summary: summary, gradebook: gradebook, written: written)
    }

    private static func output(rows: [Gradebook.Row], summary: ClassSummary, gradebook: Gradebook, written: [Value.Field]) -> CommandOutput {
        let flagged = rows.filter { !$0.flags.isEmpty }.count
        var blocks: [Block] = [.heading("Gradebook: \(rows.count) learners, \(flagged) flagged")]
        blocks.append(.table(Table(
            columns: [Table.Column("learner"), Table.Column("modules"), Table.Column("labs"), Table.Column("exam"), Table.Column("flags")],
            rows: rows.map { row in
                [SafeText.terminal(row.name), Gradebook.percent(row.meanModuleScore(over: gradebook.modules)) + "%", String(row.labs.values.reduce(0, +)),
                        row.exam.map { Gradebook.percent($0) + "%" } ?? "—", row.flags.isEmpty ? "—" : SafeText.terminal(row.flags.joined(separator: "; "))]
            })))
        let hardest = summary.questions.filter { $0.answers > 0 }.sorted { ($0.difficulty, $1.key) > ($1.difficulty, $0.key) }.prefix(10)
        if !hardest.isEmpty {
            blocks.append(.heading("Hardest questions"))
            blocks.append(.table(Table(
                columns: [Table.Column("question"), Table.Column("answers"), Table.Column("wrong"), Table.Column("commonest wrong answers")],
                rows: hardest.map { question in
                    [question.key, String(question.answers), Gradebook.percent(question.difficulty) + "%",
                     question.commonWrong.map { SafeText.terminal($0.response) + " (\($0.count))" }.joined(separator: ", ")]
                })))
        }
        let labs = summary.labs.filter { $0.attempted > 0 }
        if !labs.isEmpty {
            blocks.append(.heading("Labs"))
            blocks.append(.table(Table(
                columns: [Table.Column("lab"), Table.Column("attempted"), Table.Column("passed")],
                rows: labs.map { [$0.id, String($0.attempted), String($0.passed)] })))
        }
        for field in written { blocks.append(.notice(.success, "wrote \(field.value.stringValue ?? "")")) }
        let learners: [Value] = rows.map { row in
            let modules: [Value.Field] = gradebook.modules.map { Value.Field($0, row.modules[$0].map(Value.double) ?? .null) }
            let labs: [Value.Field] = gradebook.labs.map { Value.Field($0, row.labs[$0].map(Value.int) ?? .null) }
            return .object([
                "name": .string(row.name), "email": .optional(row.email), "modules": .object(modules), "labs": .object(labs),
                "exam": row.exam.map(Value.double) ?? .null, "flags": .list(row.flags.map(Value.string)),
            ])
        }
        let questions: [Value] = summary.questions.filter { $0.answers > 0 }.map { question in
            let wrong: [Value] = question.commonWrong.map { .object(["response": .string($0.response), "count": .int($0.count)]) }
            return .object([
                "key": .string(question.key), "answers": .int(question.answers), "correct": .int(question.correct), "commonWrong": .list(wrong),
            ])
        }
        let labValues: [Value] = summary.labs.map { .object(["id": .string($0.id), "attempted": .int($0.attempted), "passed": .int($0.passed)]) }
        let fields: [Value.Field] = [
            Value.Field("learners", .list(learners)), Value.Field("questions", .list(questions)), Value.Field("labs", .list(labValues)),
        ]
        var output = CommandOutput(blocks, value: .object(fields + written))
        output.reportsFailure = flagged > 0
        return output
    }

    /// Per question and per lab across the class, from the re-scored answers and the replays.
    static func classSummary(_ audits: [ReportAudit], course: Course) -> ClassSummary {
        var questions: [ClassSummary.Question] = []
        var byKey: [String: [ReportAudit.Rescored]] = [:]
        for audit in audits {
            for answer in audit.answers { byKey[answer.key, default: []].append(answer) }
        }
        for (module, question) in course.allQuestions {
            let key = module + "/" + question.id
            let answers = byKey[key] ?? []
            var wrong: [String: Int] = [:]
            for answer in answers where answer.fraction < 1 {
                wrong[answer.response.isEmpty ? "(skipped)" : answer.response, default: 0] += 1
            }
            let common = wrong.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map { (response: $0.key, count: $0.value) }
            questions.append(ClassSummary.Question(
                key: key, prompt: question.prompt, answers: answers.count, correct: answers.filter { $0.fraction == 1 }.count, commonWrong: Array(common)))
        }
        let labs = course.labs.map { lab in
            let attempted = audits.filter { $0.labs[lab.id] != nil }
            return ClassSummary.Lab(id: lab.id, title: lab.title, attempted: attempted.count, passed: attempted.filter { $0.labs[lab.id]?.passed == true }.count)
        }
        return ClassSummary(questions: questions, labs: labs)
    }
}

/// Replays of lab attempts, kept by the attempt's content: the engine is deterministic, so the same
/// attempt (same lab file, seed, commands and files) always replays to the same results.
struct ReplayCache {
    let session: Session
    private var results: [String: Result<[LabTaskResult], CommandError>] = [:]

    init(session: Session) {
        self.session = session
    }

    mutating func results(_ attempt: LabAttempt, lab: Lab) throws(CommandError) -> [LabTaskResult] {
        var value = attempt.value
        if case .object(let fields) = value { value = .object(fields.filter { $0.name != "program" && $0.name != "tasks" }) }
        let key = sha256Hex(CanonicalJSON.bytes(value) + Array(LabRun.digest(of: lab).utf8)) + JSONWriter(indent: 0).string(.list(attempt.record.tasks.map { task in
            .list([.string(task.id), .int(task.hints), .bool(task.forfeited), task.checkedAfter.map(Value.int) ?? .null])
        }))
        if let cached = results[key] { return try cached.get() }
        let outcome: Result<[LabTaskResult], CommandError>
        do throws(CommandError) {
            outcome = .success(try LabReplay.run(attempt, lab: lab, session: session))
        } catch {
            outcome = .failure(error)
        }
        results[key] = outcome
        return try outcome.get()
    }
}
