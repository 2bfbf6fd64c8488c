import Foundation
import Testing
import Values
@testable import Workbench

@Suite struct DriftCompareCommandTests {
    private func run(_ line: String) throws -> CommandOutput {
        switch CommandRunner(session: try makeSession()).run(line: line) {
        case .success(let output, _): return output
        case .failure(let error, _): throw error
        case .nothing: return CommandOutput([], value: .null)
        }
    }

    private func write(_ rows: [String], _ name: String, in folder: String) throws -> String {
        let path = folder + "/" + name
        try (rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aShiftedColumnDriftsAndAnUnchangedOneDoesNot() throws {
        let folder = temporaryFolder()
        // 200 rows each: KS for the numbers (N ≤ 1000, many values), chi-square for three labels.
        let reference = try write(["x,colour"] + (0..<200).map { "\($0),\(["red", "green", "blue"][$0 % 3])" }, "ref.csv", in: folder)
        let current = try write(["x,colour"] + (0..<200).map { "\($0 + 80),\(["red", "green", "blue"][$0 % 3])" }, "cur.csv", in: folder)
        let output = try run("drift compare --reference \(reference) --current \(current)")
        let columns = try #require(output.value["columns"]?.listValue)
        #expect(columns.map { $0["method"] } == ["ks", "chisquare"])
        #expect(columns.map { $0["drifted"] } == [true, false])
        #expect(columns[1]["pValue"] == 1.0)
        #expect(columns[0]["reason"]?.stringValue?.hasPrefix("N_ref=200 ≤ 1000, 280 distinct > 5 → KS p = ") == true)
        #expect(output.value["drifted"] == true)
        #expect(output.value["share"] == 0.5)
    }

    @Test func aChosenMethodAndThresholdApplyToEveryColumn() throws {
        let folder = temporaryFolder()
        let reference = try write(["x"] + (0..<300).map { String($0 % 50) }, "ref.csv", in: folder)
        let current = try write(["x"] + (0..<300).map { String($0 % 50 + 3) }, "cur.csv", in: folder)
        let output = try run("drift compare --reference \(reference) --current \(current) --method psi --threshold 0.5")
        let column = try #require(output.value["columns"]?.listValue?.first)
        #expect(column["method"] == "psi")
        #expect(column["threshold"] == 0.5)
    }

    @Test func badInputIsAClearError() throws {
        let folder = temporaryFolder()
        let numbers = try write(["x"] + (0..<10).map(String.init), "n.csv", in: folder)
        let labels = try write(["x"] + (0..<10).map { "v\($0)" }, "l.csv", in: folder)
        #expect(throws: CommandError(
            "column 'x' is numeric in \(numbers) but categorical in \(labels)",
            hint: "give both files the same kind of values in that column")) {
            try run("drift compare --reference \(numbers) --current \(labels)")
        }
        #expect(throws: CommandError.self) { try run("drift compare --reference \(numbers) --current \(folder)/missing.csv") }
        #expect(throws: CommandError.usage("column 'y' is not in both files")) {
            try run("drift compare --reference \(numbers) --current \(numbers) --columns y")
        }
        do {
            _ = try run("drift compare --reference \(numbers) --current \(numbers) --method magic")
            Issue.record("an unknown method was accepted")
        } catch let error as CommandError {
            #expect(error.kind == .usage)
        }
    }
}
