import Curriculum
import Foundation
import Modeling
import Progress
import Values

/// `progress export` and `progress import`: the learner's report, and bringing it to another machine.
enum ReportCommands {
    static let formats = ["json", "csv", "xapi", "html"]

    static let export = CommandSpec(
        ["progress", "export"], summary: "export your progress: a signed report (json), a gradebook row (csv), xAPI statements or a web page",
        discussion: """
            json is the report an instructor grades ('grade', 'report verify'): every event with its hash chain, each lab \
            attempt with its transcript, a summary, and an Ed25519 signature by this machine's key (made on first use in \
            the home folder as report-signing-key). csv is a gradebook row for Moodle or Canvas; xapi is xAPI 1.0.3 \
            statements for a Learning Record Store; html is one self-contained page. Without --out the file is named \
            progress-NAME.EXT in the current folder; --out - prints it.
            """,
        flags: [
            FlagSpec("format", "json (default), csv, xapi or html", kind: .value(placeholder: "FORMAT"), completion: .values(formats)),
            FlagSpec("out", "the file to write, or - for standard output", kind: .value(placeholder: "FILE"), completion: .files),
            FlagSpec("force", "replace the file if it exists"),
        ],
        examples: ["progress export", "progress export --format html --out progress.html", "progress export --format xapi --out -"]
    ) { invocation, session throws(CommandError) in
        let format = invocation.value("format") ?? "json"
        guard formats.contains(format) else {
            throw CommandError.usage("--format takes \(formats.joined(separator: ", ")), not '\(format)'", hint: Suggestions.phrase(for: format, among: formats))
        }
        let report = try ReportExport.report(session)
        let text: String
        switch format {
        case "csv": text = ReportExport.gradebook(session.course, withFlags: false).csv([Gradebook.Row(report)])
        case "xapi": text = JSONWriter().string(XAPIStatements(titles: ReportExport.titles(session.course)).statements(report)) + "\n"
        case "html": text = ReportPage.html(report)
        default: text = JSONWriter().string(report.value) + "\n"
        }
        let out = invocation.value("out") ?? "progress-\(fileSafe(report.learner.name)).\(format == "xapi" ? "xapi.json" : format)"
        let value: Value = .object([
            "format": .string(format), "out": .string(out), "events": .int(report.events.count), "labAttempts": .int(report.labAttempts.count),
            "fingerprint": .optional(report.signature?.fingerprint),
        ])
        if out == "-" {
            return CommandOutput([.code(text.hasSuffix("\n") ? String(text.dropLast()) : text)], value: value)
        }
        try FileStore.writeNew(text, to: out, force: invocation.has("force"), mode: 0o600)
        return CommandOutput([
            .notice(.success, "wrote \(format) progress of \(SafeText.terminal(report.learner.name)) (\(report.events.count) events, \(report.labAttempts.count) lab attempts) to \(out)"),
            .paragraph(format == "json" ? "Signed by \(report.signature?.fingerprint ?? "?"). 'report verify \(out)' checks it as an instructor would." : ""),
        ].filter { if case .paragraph(let text) = $0 { return !text.isEmpty } else { return true } }, value: value)
    }

    static let importReport = CommandSpec(
        ["progress", "import"], summary: "bring progress from a report exported on another machine",
        discussion: """
            The report's signature and hash chain must hold. Its events are added to the learner of the same name (created \
            when missing), except those already here: importing the same report twice changes nothing. Events a reset in \
            the report cleared are left out. Questions answered without a review card here get one, scheduled from their \
            answers; lab workspaces stay on the machine they were made on.
            """,
        arguments: [ArgumentSpec("REPORT", "the report (from 'progress export')", completion: .files)],
        examples: ["progress import progress-ada.json"]
    ) { invocation, session throws(CommandError) in
        guard let path = invocation.argument(0) else { throw CommandError.usage("'progress import' needs a report file") }
        let report = try read(path)
        if let problem = report.signature.map({ $0.problem(for: report.signedBytes) }) ?? "the report is not signed" {
            throw CommandError("\(path): \(problem); nothing imported", hint: "export the report again on the machine it came from")
        }
        if let problem = report.chainProblem() {
            throw CommandError("\(path): \(problem); nothing imported", hint: "export the report again on the machine it came from")
        }
        let store = try session.record.store
        let cutoffs = ResetCutoffs(events: report.events)
        let events = report.events.filter { !cutoffs.isCleared($0) }
        let name: String
        let outcome: ImportOutcome
        let learner: Learner
        do {
            name = try Learner.validatedName(report.learner.name)
            let email = try report.learner.email.map(Learner.validatedEmail)
            learner = try store.learner(named: name) ?? store.createLearner(name: name, email: email)
            outcome = try store.importEvents(events, into: learner.id)
        } catch {
            throw CommandError("\(path): \(describe(error)); nothing imported")
        }
        let retention = Double(session.settings.value("review.retention")) ?? 0.9
        let cards = try StudyRecord(store: store, learner: learner).rebuildMissingCards(course: session.course, retention: retention)
        let shown = SafeText.terminal(name)
        var blocks: [Block] = [.notice(.success, "imported \(outcome.added) events into \(shown)'s progress (\(outcome.present) were already here) and made \(cards) review card\(cards == 1 ? "" : "s")")]
        if name.lowercased() != (try? session.record)?.learner.name.lowercased() {
            blocks.append(.paragraph("Switch to that profile with 'profile use \(shown)'."))
        }
        return CommandOutput(blocks, value: .object([
            "learner": .string(name), "added": .int(outcome.added), "present": .int(outcome.present), "reviewCards": .int(cards),
        ]))
    }

    /// Reads a report file, with the bounds and messages every reader of reports shares.
    static func read(_ path: String) throws(CommandError) -> ProgressReport {
        guard let text = try FileStore.read(path, maximumBytes: ProgressReport.maximumBytes) else {
            throw CommandError("cannot read \(path): no such file")
        }
        do {
            return try ProgressReport.read(text, file: path)
        } catch {
            throw CommandError(error.message)
        }
    }

    /// A learner's name as a file name: letters, digits, `-` and `_`, the rest as `-`.
    private static func fileSafe(_ name: String) -> String {
        String(name.lowercased().map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
    }
}
