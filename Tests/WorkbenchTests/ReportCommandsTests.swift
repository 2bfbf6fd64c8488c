import Foundation
import Progress
import Testing
import Values
@testable import Workbench

/// A learner's report from export to the instructor's gradebook, through the commands, with the
/// shipped course: quiz answers, a lesson, and the first-pipeline lab done by its solution.
@Suite struct ReportCommandsTests {
    static let root = ShippedLabsTests.root

    /// A session whose learner `name` answered four questions and passed first-pipeline.
    static func studiedSession(name: String = "ada", email: String? = "ada@example.org", home: String = temporaryFolder()) throws -> Session {
        let session = try LabFixtures.session(content: root, home: home)
        _ = try session.succeed("profile create '\(name)'" + (email.map { " --email \($0)" } ?? ""))
        _ = try session.succeed("lesson production-ml")
        _ = try session.succeed("quiz start production-ml --seed 3")
        for answer in ["a", "b", "true", "a"] { _ = try session.succeed("answer \(answer)") }
        _ = try session.succeed("quit")
        _ = try session.succeed("lab start first-pipeline")
        let lab = try #require(session.course.lab("first-pipeline"))
        for line in lab.solution { _ = try session.succeed(line.text) }
        for _ in lab.tasks { _ = try session.succeed("lab check") }
        _ = try session.succeed("lab quit")
        return session
    }

    static func export(_ session: Session, format: String = "json") throws -> String {
        let file = temporaryFolder() + "/report." + format
        _ = try session.succeed("progress export --format \(format) --out \(file)")
        return file
    }

    @Test func anHonestReportVerifiesAndGradesWithoutFlags() throws {
        let session = try Self.studiedSession()
        let file = try Self.export(session)
        let report = try ReportCommands.read(file)
        #expect(report.learner.name == "ada")
        #expect(report.events.filter { $0.kind == .questionAnswered }.count == 4)
        #expect(report.labAttempts.map(\.lab) == ["first-pipeline"])
        #expect(report.labAttempts[0].results.allSatisfy { $0.passed })

        let grader = try LabFixtures.session(content: Self.root)
        let verified = try grader.succeed("report verify \(file) --json")
        #expect(verified.value["ok"] == true)
        #expect(verified.value["findings"]?.listValue?.compactMap { $0["subject"]?.stringValue }
            == ["signature", "events", "program", "content", "answers", "lab first-pipeline", "summary"])

        let out = temporaryFolder() + "/gradebook.csv"
        let graded = try grader.succeed("grade \(file) --out \(out) --json")
        let learner = try #require(graded.value["learners"]?.listValue?.first)
        #expect(learner["flags"] == .list([]))
        #expect(learner["labs"]?["first-pipeline"] == 20)
        let moduleScore = try #require(report.summary.modules.first { $0.id == "production-ml" }?.score)
        #expect(abs((learner["modules"]?["production-ml"]?.doubleValue ?? -1) - moduleScore) < 1e-4)
        let csv = try String(contentsOfFile: out, encoding: .utf8)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("name,email,module:production-ml,"))
        #expect(lines[0].hasSuffix(",exam,flags"))
        #expect(lines[1].hasPrefix("ada,ada@example.org,"))
    }

    /// The threat the signature cannot stop: a learner edits their own report and signs it again
    /// with their own key, keeping the hash chain consistent. Re-scoring catches it.
    @Test func anEditedAndResignedReportIsFlaggedByRescoring() throws {
        let home = temporaryFolder()
        let session = try Self.studiedSession(home: home)
        var report = try ReportCommands.read(try Self.export(session))
        let wrong = try #require(report.events.firstIndex { $0.kind == .questionAnswered && !$0.payload.contains("\"correct\":true") })
        var previous = wrong == 0 ? EventHash.genesis : report.events[wrong - 1].hash
        for index in wrong..<report.events.count {
            let event = report.events[index]
            let payload = index == wrong
                ? event.payload.replacingOccurrences(of: "\"correct\":false", with: "\"correct\":true")
                    .replacingOccurrences(of: #""fraction":0,"#, with: #""fraction":1,"#)
                : event.payload
            let hash = EventHash.hash(previous: previous, learner: event.learner, at: event.at, kind: event.kind, subject: event.subject, payload: payload)
            report.events[index] = StoredEvent(
                id: event.id, learner: event.learner, at: event.at, kind: event.kind, subject: event.subject, payload: payload, hash: hash)
            previous = hash
        }
        report.labAttempts[0].results = report.labAttempts[0].results.map { ProgressReport.TaskResult(task: $0.task, passed: true, points: $0.points + 1) }
        let key = try ReportSigningKey.load(path: home + "/" + ReportExport.keyFile)
        let forged = temporaryFolder() + "/forged.json"
        try JSONWriter().string(try report.signed(with: key).value).write(toFile: forged, atomically: true, encoding: .utf8)

        let grader = try LabFixtures.session(content: Self.root)
        let verified = try grader.succeed("report verify \(forged) --json")
        let failing = verified.value["findings"]?.listValue?.filter { $0["ok"] == false }.compactMap { $0["subject"]?.stringValue }
        #expect(failing == ["answers", "lab first-pipeline"])
        #expect(verified.reportsFailure)
        let graded = try grader.succeed("grade \(forged) --json")
        let flags = graded.value["learners"]?[0]?["flags"]?.listValue?.compactMap(\.stringValue) ?? []
        #expect(flags.count == 2)
        #expect(flags.first?.contains("is recorded as 100.0%, its response scores 0.0%") == true)
        #expect(flags.last?.contains("replays differently") == true)
        // The gradebook's points come from the replay, not from the forged results.
        #expect(graded.value["learners"]?[0]?["labs"]?["first-pipeline"] == 20)
    }

    @Test func aReportThatCannotBeReadGetsARowSayingWhy() throws {
        let broken = temporaryFolder() + "/broken.json"
        try "{\"format\": \"mlops-lab-report\", \"schemaVersion\": 1, \"learner\": ".write(toFile: broken, atomically: true, encoding: .utf8)
        let grader = try LabFixtures.session(content: Self.root)
        let graded = try grader.succeed("grade \(broken) --json")
        let flags = graded.value["learners"]?[0]?["flags"]?.listValue?.compactMap(\.stringValue)
        #expect(flags == ["unreadable: \(broken):1:63: the document ends where a value was expected"])
        #expect(grader.refusal("report verify \(broken)")?.message == "\(broken):1:63: the document ends where a value was expected")
    }

    @Test func importBringsTheProgressOnceAndRefusesAForgery() throws {
        let session = try Self.studiedSession()
        let file = try Self.export(session)
        let other = try LabFixtures.session(content: Self.root)
        let first = try other.succeed("progress import \(file) --json")
        #expect(first.value["added"] == 11)
        #expect(first.value["present"] == 0)
        #expect(first.value["reviewCards"] == 4)
        let second = try other.succeed("progress import \(file) --json")
        #expect(second.value["added"] == 0)
        #expect(second.value["reviewCards"] == 0)
        _ = try other.succeed("profile use ada")
        let imported = try ReportCommands.read(try Self.export(other))
        let original = try ReportCommands.read(file)
        #expect(imported.summary.modules == original.summary.modules)
        #expect(imported.summary.mastery == original.summary.mastery)

        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"name\": \"ada\"", with: "\"name\": \"eve\"")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let refusal = try #require(other.refusal("progress import \(file)"))
        #expect(refusal.message.hasSuffix("the signature does not match the report: it was changed after it was signed, or signed by another key; nothing imported"))
    }

    @Test func everyFormatIsWritten() throws {
        let session = try Self.studiedSession(name: "=HYPERLINK(\"x\")", email: nil)
        let csv = try String(contentsOfFile: try Self.export(session, format: "csv"), encoding: .utf8)
        #expect(csv.components(separatedBy: "\r\n")[1].hasPrefix("\"'=HYPERLINK(\"\"x\"\")\",,"))
        let statements = try JSONReader().parse(try String(contentsOfFile: try Self.export(session, format: "xapi"), encoding: .utf8))
        #expect(statements.listValue?.count == 11)
        #expect(statements[0]?["actor"]?["account"]?["name"] == "=HYPERLINK(\"x\")")
        let html = try String(contentsOfFile: try Self.export(session, format: "html"), encoding: .utf8)
        #expect(html.contains("=HYPERLINK(&quot;x&quot;)"))
        #expect(session.refusal("progress export --format pdf")?.message == "--format takes json, csv, xapi, html, not 'pdf'")
    }
}

extension Value {
    subscript(index: Int) -> Value? {
        guard case .list(let items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }
}
