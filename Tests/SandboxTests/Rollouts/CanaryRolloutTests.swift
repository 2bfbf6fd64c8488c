import Testing
@testable import Sandbox

/// A canary moving through virtual time: steps, pauses, analysis, promote and abort
/// (docs/features/canary.md, docs/features/analysis.md).
@Suite struct CanaryRolloutTests {
    typealias F = RolloutFixtures

    static let stepped = """
        name: fraud-canary
        model: fraud-detector
        strategy:
          canary:
            steps:
              - setWeight: 10
              - pause: {duration: 10m}
              - analysis: {templates: [error-rate]}
              - setWeight: 50
              - pause: {}
              - setWeight: 100
        templates:
          - name: error-rate
            metrics:
              - name: error-rate
                interval: 1m
                count: 3
                successCondition: result < 0.05
                failureCondition: result >= 0.10
                provider: {query: 'query("error-rate")'}
        """

    static let background = """
        name: fraud-canary
        model: fraud-detector
        strategy:
          canary:
            steps:
              - setWeight: 20
              - pause: {duration: 10m}
              - setWeight: 40
              - pause: {duration: 10m}
            analysis: {templates: [error-rate], startingStep: 1}
        templates:
          - name: error-rate
            metrics:
              - name: error-rate
                interval: 1m
                successCondition: result < 0.05
                failureLimit: 1
                provider: {query: 'query("error-rate")'}
        """

    private func start(_ text: String, measure: MeasureFunction) throws -> RolloutState {
        var state = RolloutState(spec: try F.load(text), target: F.target, at: 1_000)
        try state.advance(to: 1_000, measure: measure)
        return state
    }

    @Test func stepsAdvanceWithVirtualTimeAndAnIndefinitePauseWaitsForPromote() throws {
        let good = F.constant(0.01)
        var state = try start(Self.stepped, measure: good)
        // setWeight applies at once; the timed pause holds the rollout for 10 minutes.
        #expect(state.canaryWeight == 10)
        #expect(state.phase == .paused)
        #expect(state.pauseConditions == [PauseCondition(reason: .canaryPauseStep, startedAt: 1_000, until: 1_600)])
        #expect(state.traffic == .canary(stable: 3, canary: 4, canaryWeight: 10))
        try state.advance(to: 1_599, measure: good)
        #expect(state.phase == .paused)
        // The pause ends at 1600; the analysis step measures at 1600, 1660 and 1720, then passes.
        try state.advance(to: 1_660, measure: good)
        #expect(state.phase == .progressing)
        #expect(state.stepIndex == 2)
        try state.advance(to: 50_000, measure: good)
        #expect(state.canaryWeight == 50)
        #expect(state.stepIndex == 4)
        #expect(state.phase == .paused)
        #expect(state.pauseConditions == [PauseCondition(reason: .canaryPauseStep, startedAt: 1_720, until: nil)])
        #expect(state.nextEventTime == nil)
        // `pause: {}` waits however long it takes, until promote.
        try state.promote(full: false)
        try state.advance(to: 50_000, measure: good)
        #expect(state.phase == .healthy)
        #expect(state.traffic == .single(version: 4))
        #expect(state.events.map { "\($0.time) \($0)" } == [
            "1000 started (canary)",
            "1000 set canary weight to 10%",
            "1000 paused (CanaryPauseStep) until 1600",
            "1600 resumed: the pause of step 2 ended",
            "1600 step 3 analysis started: error-rate",
            "1720 step 3 analysis Successful",
            "1720 set canary weight to 50%",
            "1720 paused (CanaryPauseStep), waiting for promote",
            "50000 promoted: ended the pause of step 5",
            "50000 set canary weight to 100%",
            "50000 completed: v4 is stable",
        ])
    }

    @Test func aFailingStepAnalysisAborts() throws {
        var state = try start(Self.stepped, measure: F.constant(0.01))
        try state.advance(to: 1_700, measure: F.Sequence([0.01, 0.12]).measure)
        // rollout/analysis.go: a Failed step run aborts; weight 0, Degraded (docs/features/analysis.md).
        #expect(state.phase == .degraded)
        #expect(state.canaryWeight == 0)
        #expect(state.traffic == .canary(stable: 3, canary: 4, canaryWeight: 0))
        #expect(state.versionsWithReplicas == [3])
        #expect(state.finishedAt == 1_660)
        #expect(state.message == "Rollout aborted update to fraud-detector v4: metric \"error-rate\" assessed Failed: "
            + "1 of 2 measurements failed (failureLimit 0): values 0.12; failureCondition result >= 0.10")
        #expect(state.analysisRuns.map(\.phase) == [.failed])
        #expect(throws: SandboxError("the rollout of fraud-detector v3 → v4 is Degraded; only a rollout in progress can be promoted", hint: "start a new rollout to try again")) {
            try state.promote(full: false)
        }
    }

    @Test func anInconclusiveStepAnalysisPausesAndPromoteSkipsTheStep() throws {
        var state = try start(Self.stepped, measure: F.constant(0.01))
        try state.advance(to: 1_700, measure: F.constant(0.07))
        // A value between the conditions is Inconclusive; with inconclusiveLimit 0 the run is, and
        // the rollout pauses (rollout/analysis.go PauseReasonInconclusiveAnalysis).
        #expect(state.phase == .paused)
        #expect(state.pauseConditions.map(\.reason) == [.inconclusiveAnalysis])
        #expect(state.canaryWeight == 10)
        try state.advance(to: 90_000, measure: F.constant(0.07))
        #expect(state.phase == .paused)
        // cmd/promote/promote.go: promoting an inconclusive step moves to the next step.
        try state.promote(full: false)
        try state.advance(to: 90_000, measure: F.constant(0.07))
        #expect(state.canaryWeight == 50)
        #expect(state.stepIndex == 4)
        #expect(state.events.last(where: { if case .promoted = $0.kind { true } else { false } })?.description
            == "promoted: skipped the inconclusive analysis of step 3")
    }

    @Test func backgroundAnalysisFailingMidWayAborts() throws {
        // Bad from 1900 on: failures at 1900 and 1960; the second passes failureLimit 1.
        let measure = F.byMetric(["error-rate": { $0 >= 1_900 ? 0.3 : 0.01 }])
        var state = try start(Self.background, measure: measure)
        #expect(state.currentRun(.background)?.startedAt == 1_000)
        try state.advance(to: 1_600, measure: measure)
        #expect(state.canaryWeight == 40)
        #expect(state.phase == .paused)
        try state.advance(to: 5_000, measure: measure)
        #expect(state.phase == .degraded)
        #expect(state.finishedAt == 1_960)
        #expect(state.stepIndex == 3)
        #expect(state.canaryWeight == 0)
        #expect(state.pauseConditions.isEmpty)
        #expect(state.message == "Rollout aborted update to fraud-detector v4: metric \"error-rate\" assessed Failed: "
            + "2 of 17 measurements failed (failureLimit 1): values 0.3, 0.3; successCondition result < 0.05 not met")
    }

    @Test func backgroundAnalysisEndsWhenTheRolloutCompletes() throws {
        var state = try start(Self.background, measure: F.constant(0.01))
        try state.advance(to: 3_000, measure: F.constant(0.01))
        #expect(state.phase == .healthy)
        #expect(state.finishedAt == 2_200)
        // An indefinite background run is stopped at the end and passes (analysis.go: run terminated).
        let run = try #require(state.analysisRuns.first)
        #expect(run.isTerminated)
        #expect(run.phase == .successful)
        #expect(run.results[0].count == 21)
    }

    @Test func promoteFullSkipsTheRemainingStepsAndAnalysis() throws {
        var state = try start(Self.background, measure: F.constant(0.01))
        try state.promote(full: true)
        try state.advance(to: 1_000, measure: F.constant(0.5))
        #expect(state.phase == .healthy)
        #expect(state.canaryWeight == 100)
        #expect(state.traffic == .single(version: 4))
        #expect(state.analysisRuns.map(\.phase) == [.successful])
        #expect(state.events.map(\.description).suffix(3) == [
            "background analysis Successful",
            "promoted fully: skipped 3 remaining steps",
            "completed: v4 is stable",
        ])
    }

    @Test func promotingARunningStepAnalysisSkipsItAsArgoDoes() throws {
        var state = try start(Self.stepped, measure: F.constant(0.01))
        try state.advance(to: 1_630, measure: F.constant(0.01))
        #expect(state.phase == .progressing)
        // cmd/promote/promote.go: not paused, a canary in the middle of an analysis moves on a step.
        try state.promote(full: false)
        try state.advance(to: 1_630, measure: F.constant(0.01))
        #expect(state.canaryWeight == 50)
        #expect(state.analysisRuns.first?.isTerminated == true)
    }

    @Test func abortSendsTrafficBackAndCommandsCheckThePhase() throws {
        var state = try start(Self.stepped, measure: F.constant(0.01))
        try state.abort()
        #expect(state.phase == .degraded)
        #expect(state.message == "Rollout aborted update to fraud-detector v4")
        #expect(state.traffic.share(of: 3) == 100)
        #expect(throws: SandboxError("the rollout of fraud-detector v3 → v4 is Degraded; only a rollout in progress can be aborted")) {
            try state.abort()
        }
        #expect(throws: SandboxError("time only moves forward: the rollout is at 1000, not before it (asked for 999)")) {
            try state.advance(to: 999, measure: F.constant(0))
        }
    }
}
