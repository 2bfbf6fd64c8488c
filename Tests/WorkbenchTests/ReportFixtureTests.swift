import Foundation
import Testing
import Values
@testable import Workbench

/// Writes what `progress export` and `grade` make from a real session into
/// `$MLOPS_LAB_REPORTS_EXPORT_DIR`, for `make check-reports`, where independent tools read it back
/// (`scripts/reports/check-reports.py`: jsonschema, cryptography's Ed25519, tincan's xAPI model,
/// Python's csv, headless Chromium). Without the variable the files go to a temporary folder and
/// only their presence is checked.
@Suite struct ReportFixtureTests {
    @Test func writesTheExportsForTheIndependentCheck() throws {
        let folder = ProcessInfo.processInfo.environment["MLOPS_LAB_REPORTS_EXPORT_DIR"] ?? temporaryFolder()
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let ada = try ReportCommandsTests.studiedSession(name: "Ada Lovelace", email: "ada@example.org")
        let hostile = try ReportCommandsTests.studiedSession(name: "=HYPERLINK(\"http://x\",\"<b>y</b>\")", email: nil)
        for (format, name) in [("json", "report.json"), ("xapi", "statements.json"), ("html", "report.html")] {
            _ = try ada.succeed("progress export --format \(format) --out \(folder)/\(name)")
        }
        _ = try hostile.succeed("progress export --out \(folder)/hostile.json")
        let grader = try LabFixtures.session(content: ReportCommandsTests.root)
        let graded = try grader.succeed(
            "grade \(folder)/report.json \(folder)/hostile.json --out \(folder)/gradebook.csv --html \(folder)/class.html --json")
        #expect(graded.value["learners"]?.listValue?.allSatisfy { $0["flags"] == .list([]) } == true)

        let report = try ReportCommands.read(folder + "/report.json")
        let statements = try JSONReader().parse(try String(contentsOfFile: folder + "/statements.json", encoding: .utf8))
        let gradebook = ReportExport.gradebook(grader.course, withFlags: true)
        let manifest: Value = .object([
            "learner": .object(["name": .string(report.learner.name), "email": .optional(report.learner.email)]),
            "events": .int(report.events.count),
            "statements": .int(statements.listValue?.count ?? 0),
            "csvHeader": .list(gradebook.header.map(Value.string)),
            "csvRows": 2,
            "csvNames": .list(["Ada Lovelace", "=HYPERLINK(\"http://x\",\"<b>y</b>\")"]),
            "contentDigest": .string(report.contentDigest),
        ])
        try (JSONWriter().string(manifest) + "\n").write(toFile: folder + "/manifest.json", atomically: true, encoding: .utf8)
        for name in ["report.json", "statements.json", "report.html", "gradebook.csv", "class.html", "manifest.json"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + name), "\(name)")
        }
    }
}
