import Modeling
import Testing
@testable import Sandbox

/// Drift changes the world data comes from, not only live traffic: data generated for the times
/// an injection covers is drawn from the changed world, the rows before its start are the ones an
/// undrifted sandbox draws, and a pipeline does not reuse data drawn before the change.
@Suite struct GeneratedDataDriftTests {
    /// A sandbox ten days in, and the same sandbox with `change` made to it at day 7.
    private func worlds(
        _ change: (inout World, DriftSchedule) throws -> Void
    ) throws -> (plain: World, drifted: World, start: Int64) {
        var plain = World(seed: 5)
        try plain.advance(seconds: 10 * 86_400)
        var drifted = plain
        let start = plain.now - 3 * 86_400
        try change(&drifted, DriftSchedule(start: start))
        return (plain, drifted, start)
    }

    private func numbers(_ dataset: Dataset, _ name: String) throws -> [Double] {
        guard case .numeric(let values) = try dataset.column(named: name).values else { throw SandboxError("\(name) is not numeric") }
        return values
    }

    private func times(_ dataset: Dataset) throws -> [Int64] {
        guard case .timestamp(let values) = try dataset.column(named: "timestamp").values else { throw SandboxError("no timestamp") }
        return values.map { $0 ?? 0 }
    }

    @Test func aDemandRegimeChangeRaisesTheLevelFromItsStartOnly() throws {
        let (plain, drifted, start) = try worlds { world, schedule in
            try world.injectDrift(.prior, feature: nil, magnitude: 0.4, schedule: schedule, scenario: .demand)
        }
        let before = try plain.generated(.demand, days: 10, streamName: "data/sales/1")
        let after = try drifted.generated(.demand, days: 10, streamName: "data/sales/1")
        let when = try times(before)
        #expect(try times(after) == when)
        let (old, new) = (try numbers(before, "demand"), try numbers(after, "demand"))
        var sums = (early: 0.0, earlyDrifted: 0.0, late: 0.0, lateDrifted: 0.0)
        for row in when.indices {
            if when[row] < start {
                sums.early += old[row]
                sums.earlyDrifted += new[row]
            } else {
                sums.late += old[row]
                sums.lateDrifted += new[row]
            }
        }
        #expect(sums.early == sums.earlyDrifted)
        let lift = sums.lateDrifted / sums.late
        #expect(abs(lift - 1.4) < 0.02, "demand level × \(lift) after the regime change")
    }

    @Test func covariateDriftMovesGeneratedFraudRowsAfterItsStart() throws {
        let (plain, drifted, start) = try worlds { world, schedule in
            try world.injectDrift(.covariate, feature: "distance_from_home_km", magnitude: 2, schedule: schedule)
        }
        let before = try plain.generated(.fraud, days: 6, streamName: "data/tx/1")
        let after = try drifted.generated(.fraud, days: 6, streamName: "data/tx/1")
        let when = try times(before)
        let (old, new) = (try numbers(before, "distance_from_home_km"), try numbers(after, "distance_from_home_km"))
        let early = when.indices.filter { when[$0] < start }
        let late = when.indices.filter { when[$0] >= start }
        #expect(!early.isEmpty && !late.isEmpty)
        #expect(early.allSatisfy { old[$0] == new[$0] })
        #expect(late.allSatisfy { new[$0] > old[$0] })
    }

    @Test func injectionsChangeOneScenarioAtATime() throws {
        var world = World(seed: 5)
        try world.injectDrift(.prior, feature: nil, magnitude: 0.4, schedule: DriftSchedule(start: world.now), scenario: .demand)
        let refused = #expect(throws: SandboxError.self) {
            try world.injectDrift(.covariate, feature: "amount", magnitude: 1, schedule: DriftSchedule(start: world.now))
        }
        #expect(refused?.message == "the active drift injections change demand data; injections into fraud data cannot be active at the same time")
        #expect(refused?.hint == "remove them first: drift remove d1")
        #expect(world.injections.ids == ["d1"])
        // Fraud data and traffic are not touched by the demand change.
        #expect(try world.generated(.fraud, days: 1, streamName: "s") == (try World(seed: 5).generated(.fraud, days: 1, streamName: "s")))
        try world.injections.remove(id: "d1")
        try world.injectDrift(.covariate, feature: "amount", magnitude: 1, schedule: DriftSchedule(start: world.now))
        #expect(world.injections.scenario == .fraud)
    }

    @Test func aPipelineDrawsItsDataAgainOnceTheWorldHasChanged() throws {
        var world = World(seed: 5)
        let spec = try PipelineSpec.load(text: PipelineExecutorTests.yaml, file: "small.yaml").resolved(overrides: [:])
        let executor = PipelineExecutor(spec: spec, pipelineHash: "hash", programVersion: "test")
        let noFiles: StepRunner.FileReader = { (path) throws(SandboxError) in throw SandboxError("no file \(path)") }
        _ = try executor.run(in: &world, readFile: noFiles, isInterrupted: { false })
        let again = try executor.run(in: &world, readFile: noFiles, isInterrupted: { false })
        #expect(again.steps.first?.status.word == "cached")
        try world.injectDrift(.concept, feature: "amount", magnitude: -1, schedule: DriftSchedule(start: world.now - 86_400))
        let drifted = try executor.run(in: &world, readFile: noFiles, isInterrupted: { false })
        #expect(drifted.steps.first?.status.word == "ran")
    }
}
