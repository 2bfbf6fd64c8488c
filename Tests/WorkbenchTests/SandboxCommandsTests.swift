import Foundation
import Testing
import Values
@testable import Workbench

@Suite struct SandboxCommandsTests {
    private func run(_ line: String, home: String) throws -> CommandOutput {
        switch CommandRunner(session: try makeSession(home: home)).run(line: line) {
        case .success(let output, _): return output
        case .failure(let error, _): throw error
        case .nothing: return CommandOutput([], value: .null)
        }
    }

    private func failure(_ line: String, home: String) throws -> CommandError? {
        if case .failure(let error, _) = CommandRunner(session: try makeSession(home: home)).run(line: line) { return error }
        return nil
    }

    private static let pipeline = """
        name: tiny
        params: {l2: 1.0}
        steps:
          - id: data
            uses: import
            with: {path: tiny.csv, target: label}
          - id: split
            uses: split
            needs: [data]
            with: {test_fraction: 0.25}
          - id: train
            uses: train
            needs: [split]
            with: {data: split.train, target: label, l2: "${params.l2}"}
          - id: eval
            uses: evaluate
            needs: [train, split]
            with: {model: train.model, data: split.test}
          - id: register
            uses: register
            needs: [eval, train]
            with: {model: train.model, name: tiny-model}
        """

    /// A CSV where the label follows `x` with a few exceptions.
    private func writeFiles(in folder: String) throws {
        var lines = ["x,colour,label"]
        for row in 0..<200 {
            let x = Double(row % 40) / 4
            lines.append("\(x),\(["red", "blue"][row % 2]),\((x > 5) != (row % 11 == 0) ? 1 : 0)")
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: folder + "/tiny.csv", atomically: true, encoding: .utf8)
        try Self.pipeline.write(toFile: folder + "/tiny.yaml", atomically: true, encoding: .utf8)
    }

    @Test func theSandboxOutlivesTheProcessAndAFailedCommandLeavesNoTrace() throws {
        let home = temporaryFolder()
        _ = try run("data generate demand --days 14 --name sales", home: home)
        let listed = try run("data list --json", home: home)
        #expect(listed.value["datasets"]?.listValue?.first?["name"] == "sales")
        #expect(try failure("data generate weather --days 3", home: home)?.message == "unknown scenario 'weather'; choose fraud, recsys, demand")
        #expect(try failure("data import /nonexistent/file.csv --name x", home: home)?.message == "cannot read /nonexistent/file.csv: no such file")
        #expect(try failure("data generate fraud --days 3 --name Bad", home: home)?.message == "'Bad' is not a valid dataset name")
        let shown = try run("sandbox show", home: home)
        #expect(shown.value["commands"] == .list(["data generate demand --days 14 --name sales"]))
        let first = try run("data show sales --json", home: home)
        let again = try run("data show sales --json", home: home)
        #expect(first.value["dataset"]?["version"] == again.value["dataset"]?["version"])
    }

    @Test func anImportedFileIsKeptSoTheSandboxReplaysAfterTheFileIsGone() throws {
        let home = temporaryFolder()
        let folder = temporaryFolder()
        try writeFiles(in: folder)
        let imported = try run("data import \(folder)/tiny.csv --name tiny --target label", home: home)
        try FileManager.default.removeItem(atPath: folder + "/tiny.csv")
        let shown = try run("data show tiny --json", home: home)
        #expect(shown.value["dataset"]?["version"] == imported.value["version"])
        #expect(shown.value["columns"]?.listValue?.last?["role"] == "target")
        let lineage = try run("data lineage tiny --json", home: home)
        #expect(lineage.value["upstream"]?.listValue?.first?["origin"]?["kind"] == "imported")
    }

    @Test func aPipelineRunIsTrackedRegisteredAndCachedAcrossProcesses() throws {
        let home = temporaryFolder()
        let folder = temporaryFolder()
        try writeFiles(in: folder)
        let first = try run("pipeline run \(folder)/tiny.yaml --json", home: home)
        #expect(first.value["run"]?["status"] == "FINISHED")
        // The pipeline file changes on disk; the sandbox replays the copy it kept of the first run's file.
        try Self.pipeline.replacingOccurrences(of: "l2: 1.0", with: "l2: 0.5").write(toFile: folder + "/tiny.yaml", atomically: true, encoding: .utf8)
        let second = try run("pipeline run \(folder)/tiny.yaml --json", home: home)
        let words = second.value["steps"]?.listValue?.compactMap { $0["status"]?.stringValue }
        #expect(words == ["cached", "cached", "ran", "ran", "ran"])
        let runs = try run("runs list --json", home: home)
        #expect(runs.value["runs"]?.listValue?.compactMap { $0["name"]?.stringValue } == ["tiny-2", "tiny-1"])
        let compared = try run("runs compare tiny-1 tiny-2 --json", home: home)
        #expect(compared.value["differences"]?.listValue?.contains("params.l2") == true)
        let best = try run("runs best --metric log_loss --json", home: home)
        #expect(best.value["candidates"] == 2)
        _ = try run("model alias tiny-model@champion 2", home: home)
        _ = try run("model alias tiny-model@champion v1", home: home)
        let model = try run("model show tiny-model --json", home: home)
        #expect(model.value["aliases"]?["champion"] == 1)
        #expect(model.value["audit"]?.listValue?.map { $0["to"] } == [2, 1])
        #expect(try failure("model alias tiny-model@champion 9", home: home)?.message == "'tiny-model' has no version 9; it has versions 1…2")
        let pipelineShow = try run("pipeline show tiny-2 --json", home: home)
        #expect(pipelineShow.value["steps"]?.listValue?.first?["cachedFrom"] == first.value["run"]?["id"])
    }

    @Test func aBrokenPipelineFileIsReportedAtItsLineAndColumn() throws {
        let home = temporaryFolder()
        let folder = temporaryFolder()
        try "name: broken\nsteps:\n  - id: a\n    uses: generat\n".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
        let error = try #require(try failure("pipeline run \(folder)/broken.yaml", home: home))
        #expect(error.location?.file == folder + "/broken.yaml")
        #expect(error.location?.line == 4)
        #expect(error.location?.column == 11)
        #expect(error.message.contains("generat"))
        #expect(try run("sandbox show --json", home: home).value["commands"] == .list([]))
    }

    @Test func theExportIsMLflowsLayoutAndNeverOverwrites() throws {
        let home = temporaryFolder()
        let folder = temporaryFolder()
        try writeFiles(in: folder)
        _ = try run("pipeline run \(folder)/tiny.yaml", home: home)
        let out = folder + "/mlruns"
        let exported = try run("tracking export --format mlflow --out \(out) --json", home: home)
        #expect(exported.value["runs"] == 1)
        #expect(FileManager.default.fileExists(atPath: out + "/1/meta.yaml"))
        #expect(FileManager.default.fileExists(atPath: out + "/models/tiny-model/version-1/meta.yaml"))
        #expect(try failure("tracking export --out \(out)", home: home)?.message == "\(out) already exists and is not empty")
    }

    @Test func resetStartsAFreshPlaygroundOnlyWhenAskedTwice() throws {
        let home = temporaryFolder()
        _ = try run("data generate fraud --days 1", home: home)
        let asked = try run("sandbox reset --json", home: home)
        #expect(asked.value["reset"] == false)
        #expect(try run("data list --json", home: home).value["datasets"]?.listValue?.count == 1)
        _ = try run("sandbox reset --seed 9 --yes", home: home)
        let shown = try run("sandbox show --json", home: home)
        #expect(shown.value["seed"] == "9")
        #expect(shown.value["datasets"] == 0)
    }

    @Test func theClockMovesForwardOnlyAndDataEndsAtNow() throws {
        let home = temporaryFolder()
        _ = try run("clock advance 2d", home: home)
        #expect(try failure("clock advance soon", home: home)?.message == "'soon' is not a duration; write a number and a unit: 90s, 15m, 6h, 3d, 2w")
        let generated = try run("data generate fraud --days 1 --json", home: home)
        #expect(generated.value["origin"]?["end"] == .int(1_767_225_600 + 2 * 86_400))
    }
}

@Suite struct DurationTextTests {
    @Test func durationsReadWithTheirUnitAndABareZero() {
        #expect(DurationText.seconds("90s") == 90)
        #expect(DurationText.seconds("15m") == 900)
        #expect(DurationText.seconds("6h") == 21_600)
        #expect(DurationText.seconds("2w") == 1_209_600)
        #expect(DurationText.seconds("0") == 0)
        #expect(DurationText.seconds("5") == nil)
        #expect(DurationText.seconds("-1m") == nil)
        #expect(DurationText.seconds("1y") == nil)
        #expect(DurationText.text(5_400) == "90m")
    }
}
