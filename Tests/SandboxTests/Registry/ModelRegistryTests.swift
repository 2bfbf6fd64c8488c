import Testing
@testable import Sandbox

@Suite struct ModelRegistryTests {
    @Test func versionsCountUpAndAliasMovesAreAudited() throws {
        var registry = ModelRegistry()
        #expect(try registry.addVersion(of: "fraud", runID: "r1", modelHash: "m1", source: "s1", at: 10) == 1)
        #expect(try registry.addVersion(of: "fraud", runID: "r2", modelHash: "m2", source: "s2", at: 20) == 2)
        try registry.setAlias("champion", of: "fraud", to: 1, at: 30, by: "model alias")
        try registry.setAlias("champion", of: "fraud", to: 2, at: 40, by: "run fraud-2")
        try registry.setAlias("champion", of: "fraud", to: nil, at: 50, by: "model alias")
        let model = try #require(registry.model("fraud"))
        #expect(model.aliases["champion"] == nil)
        #expect(model.audit == [
            AliasMove(alias: "champion", from: nil, to: 1, at: 30, by: "model alias"),
            AliasMove(alias: "champion", from: 1, to: 2, at: 40, by: "run fraud-2"),
            AliasMove(alias: "champion", from: 2, to: nil, at: 50, by: "model alias"),
        ])
        #expect(registry.resolve("fraud", alias: "champion") == nil)
        try registry.setAlias("challenger", of: "fraud", to: 2, at: 60, by: "x")
        #expect(registry.resolve("fraud", alias: "challenger")?.modelHash == "m2")
        #expect(model.version(3) == nil)
    }

    @Test func badAliasMovesAreRefusedAndChangeNothing() throws {
        var registry = ModelRegistry()
        _ = try registry.addVersion(of: "fraud", runID: "r1", modelHash: "m1", source: "s1", at: 10)
        let before = registry
        #expect(throws: SandboxError("'fraud' has no version 3; it has versions 1…1")) {
            try registry.setAlias("champion", of: "fraud", to: 3, at: 1, by: "x")
        }
        #expect(throws: SandboxError("no registered model 'demand'", hint: "registered: fraud")) {
            try registry.setAlias("champion", of: "demand", to: 1, at: 1, by: "x")
        }
        // An alias starts with a letter, so it can never be read as a version number.
        #expect(throws: SandboxError("'2' is not a valid alias", hint: "use lowercase letters, digits, '-', '_' or '.', starting with a letter, at most 64 characters")) {
            try registry.setAlias("2", of: "fraud", to: 1, at: 1, by: "x")
        }
        #expect(throws: SandboxError("'fraud' has no alias 'champion'")) {
            try registry.setAlias("champion", of: "fraud", to: nil, at: 1, by: "x")
        }
        #expect(registry == before)
    }

    @Test func runsAreFoundByIdPrefixOrName() throws {
        var store = TrackingStore()
        try store.add(TrackedRun(id: "abcd1234", name: "p-1", experiment: "p", status: .finished, startTime: 0, endTime: 0))
        try store.add(TrackedRun(id: "abcd5678", name: "p-2", experiment: "p", status: .failed, startTime: 0, endTime: 0))
        #expect(try store.run("abcd1").name == "p-1")
        #expect(try store.run("p-2").id == "abcd5678")
        #expect(throws: SandboxError("'abcd' matches 2 runs", hint: "give more characters of the run id")) { try store.run("abcd") }
        #expect(throws: SandboxError("no run 'abc'", hint: "see 'runs list'")) { try store.run("abc") }
        #expect(throws: SandboxError("no run 'zzzz'", hint: "see 'runs list'")) { try store.run("zzzz") }
        #expect(store.experiments.map(\.name) == ["p"])
    }

    @Test func theLatestMetricIsTheOneAtTheHighestStep() {
        let run = TrackedRun(
            id: "x", name: "x", experiment: "e", status: .finished, startTime: 0, endTime: 0,
            metrics: [RunMetric(key: "loss", value: 3, step: 0, timestamp: 0), RunMetric(key: "loss", value: 1, step: 2, timestamp: 0),
                      RunMetric(key: "loss", value: 2, step: 1, timestamp: 0), RunMetric(key: "auc", value: 0.9, timestamp: 0)])
        #expect(run.metric("loss") == 1)
        #expect(run.latestMetrics.map(\.key) == ["loss", "auc"])
    }
}
