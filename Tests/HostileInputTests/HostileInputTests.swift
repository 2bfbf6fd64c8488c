import Curriculum
import Foundation
import FuzzTargets
import Modeling
import Progress
import Sandbox
import Testing
import Values

/// Hostile inputs, each with the message it must produce (`<case>.expected` beside it). None may
/// crash, hang or be accepted silently. Re-record with MLOPS_LAB_RECORD_SNAPSHOTS=1 and review.
private let inputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Inputs").path

private func cases(_ kind: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: inputs + "/" + kind)) ?? [])
        .filter { !$0.hasSuffix(".expected") }.sorted()
}

private func expect(_ actual: String, for path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let expectedPath = path + ".expected"
    if ProcessInfo.processInfo.environment["MLOPS_LAB_RECORD_SNAPSHOTS"] == "1" {
        try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
    #expect(actual == expected, sourceLocation: sourceLocation)
}

private func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "mlops-lab-hostile-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Loads a course folder holding only `file` at `relative` and lists its problems.
private func courseProblems(copying file: String, to relative: String) throws -> String {
    let folder = temporaryFolder()
    let target = folder + "/" + relative
    try FileManager.default.createDirectory(
        atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: file, toPath: target)
    let course = CourseLoader.load(folder: folder)
    return course.problems.map { "\($0.location): \($0.message)" }.joined(separator: "\n") + "\n"
}

@Suite struct HostileInputTests {
    @Test func everyKindHasCases() {
        for kind in ["bank", "module", "csv", "json", "expression", "gift", "report"] {
            #expect(cases(kind).count >= 2, "\(kind) has too few hostile inputs")
        }
    }

    @Test(arguments: cases("bank"))
    func questionBanks(name: String) throws {
        let path = inputs + "/bank/" + name
        try expect(try courseProblems(copying: path, to: "quizzes/x.yaml"), for: path)
    }

    @Test(arguments: cases("module"))
    func moduleFiles(name: String) throws {
        let path = inputs + "/module/" + name
        try expect(try courseProblems(copying: path, to: "curriculum/01-x.md"), for: path)
    }

    @Test(arguments: cases("csv"))
    func csvFiles(name: String) throws {
        let path = inputs + "/csv/" + name
        let outcome: String
        do {
            let dataset = try CSVReader.read(path: path)
            outcome = "read \(dataset.rowCount) rows: " + dataset.columns.map { "\($0.name) (\($0.values.type.rawValue))" }.joined(separator: ", ")
        } catch {
            outcome = error.message.replacingOccurrences(of: inputs + "/", with: "")
        }
        try expect(outcome + "\n", for: path)
    }

    @Test(arguments: cases("json"))
    func jsonDocuments(name: String) throws {
        let path = inputs + "/json/" + name
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let outcome: String
        do {
            outcome = "parsed: " + JSONWriter(indent: 0).string(try JSONReader().parse(bytes))
        } catch {
            outcome = error.description
        }
        try expect(outcome + "\n", for: path)
    }

    @Test(arguments: cases("expression"))
    func expressions(name: String) throws {
        let path = inputs + "/expression/" + name
        let text = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .newlines)
        let outcome: String
        do {
            // What parses is evaluated too: evaluation is bounded in steps, whatever the expression.
            let value = try Expression(text).evaluate(in: ExpressionContext(root: .object([:])))
            outcome = "evaluates to " + JSONWriter(indent: 0).string(value)
        } catch {
            outcome = error.description + (error.hint.map { " (\($0))" } ?? "")
        }
        try expect(outcome + "\n", for: path)
    }

    @Test(arguments: cases("gift"))
    func giftFiles(name: String) throws {
        let path = inputs + "/gift/" + name
        let imported = GIFTImporter.parse(try String(contentsOfFile: path, encoding: .utf8), file: name)
        let lines = (imported.errors + imported.warnings).map(\.description)
        #expect(imported.items.isEmpty || !imported.warnings.isEmpty)
        try expect(lines.joined(separator: "\n") + "\n", for: path)
    }

    /// A report as the instructor's side reads it: refused with a message, or read, with what its
    /// signature and hash chain say and its learner as a terminal and a spreadsheet would show them.
    @Test(arguments: cases("report"))
    func reports(name: String) throws {
        let path = inputs + "/report/" + name
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let outcome: String
        do throws(ProgressError) {
            let report = try ProgressReport.read(text, file: name)
            let signature = report.signature.map { $0.problem(for: report.signedBytes) ?? "valid" } ?? "none"
            let csv = Gradebook(modules: [], labs: [], withFlags: false).csv([Gradebook.Row(report)])
            outcome = [
                "signature: " + signature,
                "events: " + (report.chainProblem() ?? "intact"),
                "terminal: \(SafeText.terminal(report.learner.name)) <\(SafeText.terminal(report.learner.email ?? ""))>",
                "csv: " + csv.components(separatedBy: "\r\n")[1],
            ].joined(separator: "\n")
        } catch {
            outcome = error.message
        }
        #expect(!outcome.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        try expect(outcome + "\n", for: path)
    }

    /// Every seed of the fuzzers and every input that once made one fail goes through its target
    /// here too, so a fixed crash stays fixed (`make fuzz` finds them; `Fuzz/regressions/<target>/`
    /// keeps them).
    @Test func everyFuzzSeedAndRegressionRunsThroughItsTarget() throws {
        let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fuzz").path
        var ran = 0
        for folder in ["seeds", "regressions"] {
            for target in (try? FileManager.default.contentsOfDirectory(atPath: fuzz + "/" + folder)) ?? [] {
                let run = try #require(FuzzTargets.all[target], "Fuzz/\(folder)/\(target) names no fuzz target")
                for file in (try? FileManager.default.contentsOfDirectory(atPath: "\(fuzz)/\(folder)/\(target)")) ?? [] {
                    run([UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(fuzz)/\(folder)/\(target)/\(file)"))))
                    ran += 1
                }
            }
        }
        #expect(ran >= 40)
    }

    // Inputs too large to keep in the repository are made here.

    @Test func aCSVWithTooManyColumnsIsRefused() throws {
        let path = temporaryFolder() + "/wide.csv"
        let header = (0..<1_200).map { "c\($0)" }.joined(separator: ",")
        try (header + "\n" + Array(repeating: "1", count: 1_200).joined(separator: ",") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try CSVReader.read(path: path)
            Issue.record("a CSV with 1,200 columns was read")
        } catch {
            #expect(error.message.contains("1000"), "\(error.message)")
        }
    }

    @Test func aCSVWithAnEnormousFieldIsRefused() throws {
        let path = temporaryFolder() + "/field.csv"
        try ("a,b\n1," + String(repeating: "x", count: 2 * 1024 * 1024) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try CSVReader.read(path: path)
            Issue.record("a 2 MiB field was read")
        } catch {
            #expect(error.message.hasPrefix(path + ":2:3:"), "\(error.message)")
        }
    }

    @Test func anOversizedContentFileIsLeftOut() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/quizzes", withIntermediateDirectories: true)
        try ("module: x\nquestions: []\n# " + String(repeating: "x", count: 3 * 1024 * 1024) + "\n")
            .write(toFile: folder + "/quizzes/x.yaml", atomically: true, encoding: .utf8)
        let course = CourseLoader.load(folder: folder)
        #expect(course.problems.map(\.description).contains("quizzes/x.yaml: the file is 3145755 bytes, over the limit of 2097152"))
        #expect(course.banks.isEmpty)
    }

    @Test func anOversizedJSONDocumentIsRefusedBeforeParsing() {
        let bytes = [UInt8](repeating: UInt8(ascii: " "), count: 51 * 1024 * 1024)
        #expect(throws: JSONError(message: "the document is 53477376 bytes, over the limit of 52428800 bytes", line: 1, column: 1)) {
            try JSONReader().parse(bytes)
        }
    }
}
