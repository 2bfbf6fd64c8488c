import Foundation
import Testing
import Values
@testable import Progress

@Suite struct ReportTests {
    static let key = try! ReportSigningKey(rawPrivateKey: Array(repeating: 7, count: 32))

    /// A report of a learner with answers, a lesson, an exam and a lab, as a store recorded them.
    func makeReport(_ folder: TemporaryFolder, name: String = "Ada", email: String? = "ada@example.org") throws -> (ProgressStore, ProgressReport) {
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: name, email: email)
        try store.append(NewEvent(learner: ada.id, at: 1_000, kind: .lessonViewed, subject: "cicd", payload: #"{"section":"intro"}"#))
        try store.append(NewEvent(learner: ada.id, at: 2_000, kind: .lessonCompleted, subject: "cicd"))
        for (index, fraction) in [1.0, 0.5, 0.0].enumerated() {
            try store.append(NewEvent.questionAnswered(learner: ada.id, at: 3_000 + Int64(index), answer: QuestionAnswer(
                question: "cicd/q0\(index + 1)", objective: "cicd/o1", response: "single:\(index)", fraction: fraction,
                correct: fraction == 1, seconds: 12.5)))
        }
        try store.append(NewEvent(learner: ada.id, at: 4_000, kind: .labStarted, subject: "first-pipeline", payload: #"{"seed":"2026"}"#))
        try store.append(NewEvent(learner: ada.id, at: 5_000, kind: .labPassed, subject: "first-pipeline", payload: #"{"points":"20","of":"20"}"#))
        let events = try store.events(learner: ada.id)
        let report = ProgressReport(
            program: "0.1.0", contentDigest: String(repeating: "a", count: 64), exportedAt: UTCTime.iso8601(milliseconds: 6_000),
            learner: .init(id: ada.id, name: ada.name, email: ada.email), events: events,
            labAttempts: [.init(lab: "first-pipeline", attempt: .object(["format": "mlops-lab-attempt", "commands": .list([])]),
                                results: [.init(task: "run", passed: true, points: 4)])],
            summary: ReportSummary(
                modules: [.init(id: "cicd", title: "CI/CD for ML", lessonCompleted: true, answered: 3, questions: 20, score: 0.075)],
                labs: [.init(id: "first-pipeline", title: "First pipeline", started: true, passed: true, points: 20, of: 20)],
                exams: [.init(at: 5_500, score: 0.725, passed: true, timedOut: false)],
                mastery: try store.mastery(learner: ada.id),
                masteryOverTime: ReportSummary.masteryOverTime(try store.answers(learner: ada.id))))
        return (store, try report.signed(with: Self.key))
    }

    func text(_ report: ProgressReport) -> String {
        JSONWriter().string(report.value)
    }

    @Test func aSignedReportReadsBackEqualAndVerifies() throws {
        let folder = try TemporaryFolder()
        let (_, report) = try makeReport(folder)
        let read = try ProgressReport.read(text(report), file: "ada.json")
        // Shares are kept to 4 decimals in the file, so the document, not the in-memory doubles, round-trips.
        #expect(read.value == report.value)
        #expect(read.events == report.events)
        #expect(read.signature?.problem(for: read.signedBytes) == nil)
        #expect(read.chainProblem() == nil)
        #expect(read.signature?.fingerprint == Self.key.fingerprint)
        // Mastery after each answer of one objective, newest weighing most (half-life 5 answers), to 4 decimals.
        let d = pow(2, -0.2)
        let expected = [1, (d + 0.5) / (d + 1), (d + 0.5) * d / ((d + 1) * d + 1)].map { ($0 * 10_000).rounded() / 10_000 }
        #expect(read.summary.masteryOverTime.map(\.mastery) == expected)
    }

    @Test func anEditedAnswerBreaksTheSignatureAndTheChain() throws {
        let folder = try TemporaryFolder()
        let (_, report) = try makeReport(folder)
        var forged = report
        let index = try #require(forged.events.firstIndex { $0.kind == .questionAnswered && $0.payload.contains("\"fraction\":0,") })
        let event = forged.events[index]
        forged.events[index] = StoredEvent(
            id: event.id, learner: event.learner, at: event.at, kind: event.kind, subject: event.subject,
            payload: event.payload.replacingOccurrences(of: "\"fraction\":0,", with: "\"fraction\":1,"), hash: event.hash)
        let read = try ProgressReport.read(text(forged), file: "forged.json")
        #expect(read.signature?.problem(for: read.signedBytes) == "the signature does not match the report: it was changed after it was signed, or signed by another key")
        #expect(read.chainProblem()?.hasPrefix("event \(event.id) (events[\(index)], question.answered) does not match its hash") == true)
    }

    @Test func reorderedOrRemovedEventsBreakTheChain() throws {
        let folder = try TemporaryFolder()
        let (_, report) = try makeReport(folder)
        var swapped = report
        swapped.events.swapAt(2, 3)
        #expect(swapped.chainProblem()?.contains("does not match its hash") == true)
        var removed = report
        removed.events.remove(at: 1)
        #expect(removed.chainProblem()?.contains("events[1]") == true)
        // A report whose chain member no longer matches its events is refused when read.
        var truncated = report.value
        if case .object(var fields) = truncated, let at = fields.firstIndex(where: { $0.name == "events" }) {
            fields[at].value = .list(Array(fields[at].value.listValue!.dropLast()))
            truncated = .object(fields)
        }
        #expect(throws: ProgressError.self) { try ProgressReport.read(JSONWriter().string(truncated), file: "cut.json") }
        do {
            _ = try ProgressReport.read(JSONWriter().string(truncated), file: "cut.json")
        } catch {
            #expect(error.message.hasPrefix("cut.json is not a valid report: chain says 7 events"))
        }
    }

    @Test func aReportSignedByAnotherKeyIsCaughtByItsFingerprintOrSignature() throws {
        let folder = try TemporaryFolder()
        let (_, report) = try makeReport(folder)
        let other = try ReportSigningKey(rawPrivateKey: Array(repeating: 9, count: 32))
        var forged = report
        forged.signature?.publicKey = Data(other.publicKey).base64EncodedString()
        #expect(forged.signature?.problem(for: forged.signedBytes)?.contains("is not that of its public key") == true)
        forged.signature?.fingerprint = other.fingerprint
        #expect(forged.signature?.problem(for: forged.signedBytes)?.contains("does not match the report") == true)
        let unsigned = ProgressReport(
            program: report.program, contentDigest: report.contentDigest, exportedAt: report.exportedAt, learner: report.learner,
            events: report.events, labAttempts: report.labAttempts, summary: report.summary)
        #expect(try ProgressReport.read(JSONWriter().string(unsigned.value), file: "u.json").signature == nil)
    }

    @Test(arguments: [
        ("{\"format\": \"mlops-lab-report\",", "t.json:1:31: expected a field name in double quotes"),
        ("[1, 2", "t.json:1:6: the document ends inside a list"),
        ("{\"format\": \"something-else\"}", "t.json is not a valid report: format is not \"mlops-lab-report\": this is not an mlops-lab progress report"),
        ("{\"format\": \"mlops-lab-report\", \"schemaVersion\": 2}", "t.json is not a valid report: schemaVersion is 2; this program reads schema 1: it was written by a newer mlops-lab; upgrade to read it"),
        ("{\"format\": \"mlops-lab-report\", \"schemaVersion\": 1}", "t.json is not a valid report: the document has no member \"learner\""),
        (String(repeating: "[", count: 40) + String(repeating: "]", count: 40), "t.json:1:25: nesting is deeper than 24 levels"),
    ])
    func malformedReportsAreRefusedSayingWhere(text: String, message: String) {
        do {
            _ = try ProgressReport.read(text, file: "t.json")
            Issue.record("read \(text)")
        } catch {
            #expect(error.code == .invalidReport)
            #expect(error.message == message)
        }
    }

    @Test func anOversizedReportIsRefusedBeforeParsing() {
        let huge = "{\"pad\": \"" + String(repeating: "x", count: ProgressReport.maximumBytes) + "\"}"
        do {
            _ = try ProgressReport.read(huge, file: "big.json")
            Issue.record("read an oversized report")
        } catch {
            #expect(error.message == "big.json is \(huge.utf8.count) bytes, over the limit of 52428800 (50 MB) for a report")
        }
    }

    @Test func importingTheSameEventsTwiceChangesNothing() throws {
        let folder = try TemporaryFolder()
        let (_, report) = try makeReport(folder)
        let other = try TemporaryFolder()
        let store = try makeStore(in: other)
        let learner = try store.createLearner(name: "Ada")
        try store.append(NewEvent(learner: learner.id, at: 99, kind: .lessonViewed, subject: "drift"))
        let first = try store.importEvents(report.events, into: learner.id)
        #expect(first == ImportOutcome(added: 7, present: 0))
        let second = try store.importEvents(report.events, into: learner.id)
        #expect(second == ImportOutcome(added: 0, present: 7))
        #expect(try store.events(learner: learner.id).count == 8)
        #expect(try store.verifyChain(learner: learner.id) == nil)
        #expect(try store.mastery(learner: learner.id).map(\.answers) == [3])
    }

    @Test func aResetInTheReportClearsWhatCameBefore() throws {
        let folder = try TemporaryFolder()
        let (store, report) = try makeReport(folder)
        try store.reset(learner: report.learner.id, scope: .module("cicd"))
        let events = try store.events(learner: report.learner.id)
        let cutoffs = ResetCutoffs(events: events)
        let kept = events.filter { !cutoffs.isCleared($0) }.map(\.kind)
        #expect(kept == [.labStarted, .labPassed])
    }

    @Test func spreadsheetCellsCannotStartAFormula() {
        #expect(SafeText.spreadsheetCell("=1+2") == "'=1+2")
        #expect(SafeText.spreadsheetCell("+SUM(A1)") == "'+SUM(A1)")
        #expect(SafeText.spreadsheetCell("-2") == "'-2")
        #expect(SafeText.spreadsheetCell("@cmd") == "'@cmd")
        #expect(SafeText.spreadsheetCell("\tx") == "'\u{FFFD}x")
        #expect(SafeText.spreadsheetCell("\r=x") == "'\u{FFFD}=x")
        #expect(SafeText.spreadsheetCell("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        #expect(SafeText.spreadsheetCell("Ada, Lovelace") == "\"Ada, Lovelace\"")
        #expect(SafeText.spreadsheetCell("line\nbreak") == "line\u{FFFD}break")
        #expect(SafeText.spreadsheetCell("85.0") == "85.0")
    }

    @Test func terminalTextCarriesNoEscapeSequences() {
        #expect(SafeText.terminal("Ada\u{1B}]0;owned\u{07}") == "Ada\u{FFFD}]0;owned\u{FFFD}")
        #expect(SafeText.terminal("\u{9B}31m red") == "\u{FFFD}31m red")
        #expect(SafeText.terminal("abc\u{202E}fed") == "abc\u{FFFD}fed")
        #expect(SafeText.terminal("Zoë 中文") == "Zoë 中文")
        #expect(SafeText.html("<b>\"Ada\" & 'Bob'</b>") == "&lt;b&gt;&quot;Ada&quot; &amp; &#39;Bob&#39;&lt;/b&gt;")
    }

    @Test func theGradebookHasIdentityFirstAndEscapedCells() throws {
        let book = Gradebook(modules: ["cicd", "drift"], labs: ["first-pipeline"], withFlags: true)
        let csv = book.csv([
            Gradebook.Row(name: "Ada", email: "ada@example.org", modules: ["cicd": 0.875], labs: ["first-pipeline": 20], exam: 0.725),
            Gradebook.Row(name: "=cmd|' /C calc'!A0", email: nil, modules: [:], labs: [:], exam: nil, flags: ["signature: bad", "-1 answers"]),
        ])
        #expect(csv == """
            name,email,module:cicd,module:drift,lab:first-pipeline,exam,flags\r
            Ada,ada@example.org,87.5,,20,72.5,\r
            '=cmd|' /C calc'!A0,,,,,,signature: bad; -1 answers\r

            """)
    }

    @Test func statementsAreStableAndShapedAsXAPI() throws {
        let folder = try TemporaryFolder()
        let (_, report) = try makeReport(folder)
        let builder = XAPIStatements(titles: .init(modules: ["cicd": "CI/CD for ML"], labs: [:], questions: ["cicd/q01": "What does CI run?"]))
        let statements = try #require(builder.statements(report).listValue)
        #expect(statements.count == 7)
        #expect(statements.map { $0["verb"]?["display"]?["en-US"]?.stringValue ?? "" }
            == ["experienced", "completed", "answered", "answered", "answered", "attempted", "passed"])
        let answer = statements[2]
        #expect(answer["actor"] == .object(["objectType": "Agent", "name": "Ada", "mbox": "mailto:ada@example.org"]))
        #expect(answer["object"]?["id"] == "urn:mlops-lab:question:cicd/q01")
        #expect(answer["object"]?["definition"]?["name"]?["en-US"] == "What does CI run?")
        #expect(answer["result"]?["score"]?["scaled"] == .double(1))
        #expect(answer["result"]?["duration"] == "PT12.5S")
        #expect(answer["context"]?["contextActivities"]?["parent"]?[0]?["id"] == "urn:mlops-lab:module:cicd")
        #expect(answer["timestamp"] == "1970-01-01T00:00:03Z")
        #expect(statements[6]["result"]?["score"]?["scaled"] == .double(1))
        // The same events from another store (other ids and hashes) give the same statement ids.
        var moved = report
        moved.learner.id = 42
        moved.events = report.events.map { StoredEvent(id: $0.id + 100, learner: 42, at: $0.at, kind: $0.kind, subject: $0.subject, payload: $0.payload, hash: String(repeating: "b", count: 64)) }
        #expect(builder.statements(moved).listValue?.map { $0["id"] } == statements.map { $0["id"] })
        #expect(Set(statements.compactMap { $0["id"]?.stringValue }).count == 7)
        // Without an email the actor is an account.
        var anonymous = report
        anonymous.learner.email = nil
        #expect(builder.statements(anonymous).listValue?[0]["actor"]?["account"]?["homePage"] == "https://mlops-lab.invalid")
    }

    @Test func thePageIsSelfContainedAndEscapesTheReport() throws {
        let folder = try TemporaryFolder()
        let (_, report) = try makeReport(folder, name: "<script>alert(1)</script>")
        let page = ReportPage.html(report)
        #expect(!page.contains("<script"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.contains("http://") || page.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!page.contains("https://"))
        #expect(!page.contains("src="))
        #expect(page.contains("<polyline"))
        #expect(page.contains("CI/CD for ML"))
        #expect(page.contains("72.5%"))
    }
}

extension Value {
    subscript(index: Int) -> Value? {
        guard case .list(let items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }
}
