import Testing
import Values
@testable import Workbench

/// `pluck` and `where`, the list functions lab checks add to the expression language.
@Suite struct LabPathTests {
    static let runs: Value = [
        .object(["name": "a", "metrics": .object(["auc": 0.7]), "steps": [.object(["status": "ran"]), .object(["status": "cached"])]]),
        .object(["name": "b", "metrics": .object([:]), "steps": [.object(["status": "ran"])]]),
        .object(["name": "c", "metrics": .object(["auc": 1]), "steps": []]),
    ]

    private func success<Failure>(_ result: Result<Value, Failure>) -> Value? {
        try? result.get()
    }

    private func failure<Failure>(_ result: Result<Value, Failure>) -> String {
        if case .failure(let error) = result { return "\(error)" }
        return ""
    }

    @Test func pluckTakesTheValueAtAPathAndLeavesOutItemsWithout() {
        #expect(success(LabEvaluation.pluck.body([Self.runs, "metrics.auc"])) == [0.7, 1])
        #expect(success(LabEvaluation.pluck.body([Self.runs, "steps.-1.status"])) == ["cached", "ran"])
        #expect(success(LabEvaluation.pluck.body([Self.runs, "steps.5.status"])) == [])
    }

    @Test func whereKeepsTheItemsWhoseValueMatchesNumbersByValue() {
        let best = success(LabEvaluation.whereEqual.body([Self.runs, "metrics.auc", 1.0]))?.listValue
        #expect(best?.map { $0["name"] } == ["c"])
        #expect(success(LabEvaluation.whereEqual.body([Self.runs, "steps.0.status", "ran"]))?.listValue?.count == 2)
        #expect(success(LabEvaluation.whereEqual.body([Self.runs, "name", 3])) == [])
    }

    @Test func wrongArgumentsSayWhatTheFunctionTakes() {
        #expect(failure(LabEvaluation.pluck.body(["runs", "metrics.auc"])).contains("pluck takes a list first, then a path such as \\\"metrics.auc\\\""))
        #expect(failure(LabEvaluation.whereEqual.body([Self.runs, 3, 1])).contains("where takes a path such as \\\"metrics.auc\\\" second"))
    }
}
