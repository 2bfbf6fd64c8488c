import Testing
@testable import Sandbox

/// The commands the CLI calls: one rollout per model at a time, undo, replay by id.
@Suite struct RolloutHistoryTests {
    typealias F = RolloutFixtures

    static func measure(_ value: Double) -> RolloutHistory.Measure {
        { _, _, _ in .success(value) }
    }

    private func spec() throws -> RolloutSpec {
        try F.load(CanaryRolloutTests.stepped)
    }

    @Test func oneRolloutPerModelAtATime() throws {
        var history = RolloutHistory()
        let first = try history.start(try spec(), from: 3, to: 4, at: 0, measure: Self.measure(0.01))
        #expect(first == 1)
        #expect(throws: SandboxError(
            "rollout 1 of fraud-detector v3 → v4 is Paused; one rollout per model at a time",
            hint: "promote it (rollout promote) or abort it (rollout abort) first")
        ) { try history.start(try spec(), from: 3, to: 5, at: 10, measure: Self.measure(0.01)) }
        try history.abort("fraud-detector")
        #expect(history.latest(of: "fraud-detector")?.state.phase == .degraded)
        #expect(throws: SandboxError("the stable version of fraud-detector is v3, not v4")) {
            try history.start(try spec(), from: 4, to: 5, at: 10, measure: Self.measure(0.01))
        }
        #expect(throws: SandboxError("fraud-detector v3 is already the stable version")) {
            try history.start(try spec(), from: 3, to: 3, at: 10, measure: Self.measure(0.01))
        }
        #expect(throws: SandboxError("rollout 1 of fraud-detector v3 → v4 is Degraded; no rollout of fraud-detector is in progress")) {
            try history.promote("fraud-detector", full: false, measure: Self.measure(0.01))
        }
        #expect(throws: SandboxError("churn has no rollout")) { try history.abort("churn") }
        #expect(try history.start(try spec(), from: 3, to: 5, at: 10, measure: Self.measure(0.01)) == 2)
    }

    @Test func undoRollsBackToThePreviousStableVersion() throws {
        var history = RolloutHistory()
        _ = try history.start(try spec(), from: 3, to: 4, at: 0, measure: Self.measure(0.01))
        #expect(throws: SandboxError("fraud-detector has no earlier stable version to go back to (stable: v3)")) {
            try history.undo("fraud-detector", at: 0, measure: Self.measure(0.01))
        }
        try history.promote("fraud-detector", full: true, measure: Self.measure(0.01))
        #expect(history.stableVersions(of: "fraud-detector") == [3, 4])
        let undo = try history.undo("fraud-detector", at: 100, measure: Self.measure(0.01))
        let state = try #require(history.latest(of: "fraud-detector"))
        #expect(undo == 2)
        #expect(state.number == 2)
        #expect(state.state.target == RolloutTarget(model: "fraud-detector", stableVersion: 4, newVersion: 3))
        // Argo's undo runs the strategy again: the canary starts at its first step.
        #expect(state.state.traffic == .canary(stable: 4, canary: 3, canaryWeight: 10))
    }

    @Test func advanceMovesEveryRolloutAndReplayFindsRunsById() throws {
        var history = RolloutHistory()
        _ = try history.start(try spec(), from: 3, to: 4, at: 0, measure: Self.measure(0.01))
        let values = F.Sequence([0.01, 0.12, 0.02])
        try history.advance(to: 3_600) { values.measure($1, $2) }
        #expect(history.rollouts[0].phase == .degraded)
        #expect(history.rollouts[0].finishedAt == 660)
        // Recorded 0.01, 0.12: failed (1) > failureLimit (0). With failureLimit 1 the data runs out.
        let replay = try history.replay("1.1", settings: ["failureLimit": "1"])
        #expect(replay.phase == .running)
        #expect(replay.results[0].failed == 1)
        let counted = try history.replay("1.1", settings: ["failureLimit": "1", "count": "2"])
        #expect(counted.phase == .successful)
        #expect(throws: SandboxError("'1' is not an analysis run id", hint: "write ROLLOUT.RUN, such as 2.1")) {
            try history.replay("1", settings: [:])
        }
        #expect(throws: SandboxError("rollout 1 has no analysis run 2; it has 1")) { try history.analysisRun("1.2") }
        #expect(throws: SandboxError("there is no rollout 7; there are 1")) { try history.analysisRun("7.1") }
    }
}

/// Commands act at the time the history was advanced to, even on a rollout that waits for nothing.
@Suite struct RolloutHistoryTimeTests {
    @Test func aPromoteAfterALongWaitHappensAtThatTime() throws {
        var history = RolloutHistory()
        _ = try history.start(try RolloutFixtures.load(CanaryRolloutTests.stepped), from: 3, to: 4, at: 0) { _, _, _ in .success(0.01) }
        try history.advance(to: 50_000) { _, _, _ in .success(0.01) }
        try history.promote("fraud-detector", full: false) { _, _, _ in .success(0.01) }
        let state = try #require(history.latest(of: "fraud-detector")?.state)
        #expect(state.phase == .healthy)
        #expect(state.finishedAt == 50_000)
    }
}
