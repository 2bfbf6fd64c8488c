import Foundation
import Testing
import Values
@testable import Workbench

@Suite struct ModelCommandsTests {
    private func run(_ line: String) throws -> CommandOutput {
        switch CommandRunner(session: try makeSession()).run(line: line) {
        case .success(let output, _): return output
        case .failure(let error, _): throw error
        case .nothing: return CommandOutput([], value: .null)
        }
    }

    /// A small file where the label follows `x` (with a few exceptions) and `colour` does not matter.
    private func data(in folder: String, name: String, rows: Int) throws -> String {
        var lines = ["x,colour,label"]
        for row in 0..<rows {
            let x = Double(row % 40) / 4
            let label = (x > 5) != (row % 13 == 0) ? 1 : 0
            lines.append("\(x),\(["red", "blue"][row % 2]),\(label)")
        }
        let path = folder + "/" + name
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func aSavedModelScoresTheSameWhenLoadedAgain() throws {
        let folder = temporaryFolder()
        let train = try data(in: folder, name: "train.csv", rows: 400)
        for kind in ["logistic-regression", "gbdt"] {
            let fitted = try run("model fit --data \(train) --target label --model \(kind) --out \(folder)/\(kind).json")
            let evaluated = try run("model evaluate --model \(folder)/\(kind).json --data \(train)")
            #expect(fitted.value["trainingMetrics"]?["auc"] == evaluated.value["metrics"]?["auc"])
            let auc = try #require(evaluated.value["metrics"]?["auc"]?.doubleValue)
            #expect(auc > 0.85, "\(kind) AUC \(auc)")
            #expect(fitted.value["features"]?.listValue?.count == 3)
        }
    }

    @Test func ridgeRegressionReportsErrorsInTheTargetsUnits() throws {
        let folder = temporaryFolder()
        var lines = ["x,y"]
        for row in 0..<50 { lines.append("\(row),\(2 * row + 1)") }
        try (lines.joined(separator: "\n") + "\n").write(toFile: folder + "/line.csv", atomically: true, encoding: .utf8)
        let output = try run("model fit --data \(folder)/line.csv --target y --model linear-regression --l2 0 --out \(folder)/r.json")
        let rmse = try #require(output.value["trainingMetrics"]?["rmse"]?.doubleValue)
        #expect(rmse < 1e-6)
    }

    @Test func mistakesAreClearAndLeaveNoFile() throws {
        let folder = temporaryFolder()
        let train = try data(in: folder, name: "train.csv", rows: 50)
        #expect(throws: CommandError("no column named 'nope'; the columns are 'x', 'colour', 'label'")) {
            try run("model fit --data \(train) --target nope --out \(folder)/m.json")
        }
        #expect(throws: CommandError("logistic regression needs a 0/1 target; 'x' has other values (use linear-regression or gbdt)")) {
            try run("model fit --data \(train) --target x --out \(folder)/m.json")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/m.json"))
        try "{\"format\": \"something else\"}".write(toFile: folder + "/bad.json", atomically: true, encoding: .utf8)
        #expect(throws: CommandError("\(folder)/bad.json is not an mlops-lab model file", hint: "make one with 'model fit'")) {
            try run("model evaluate --model \(folder)/bad.json --data \(train)")
        }
    }
}
