import Testing
@testable import Sandbox

/// Blue/green through virtual time: preview, pre-promotion analysis, the switch, post-promotion
/// analysis and the scale-down delay (docs/features/bluegreen.md).
@Suite struct BlueGreenRolloutTests {
    typealias F = RolloutFixtures

    /// A blue/green spec with `strategy` as the body of `blueGreen:`.
    static func spec(_ strategy: String) -> String {
        """
        name: fraud-bg
        model: fraud-detector
        strategy:
          blueGreen: \(strategy)
        templates:
          - name: smoke
            metrics:
              - {name: smoke, interval: 1m, count: 2, successCondition: result == 1, provider: {query: 'query("smoke")'}}
          - name: error-rate
            metrics:
              - {name: error-rate, interval: 1m, count: 3, successCondition: result < 0.05, provider: {query: 'query("error-rate")'}}
        """
    }

    static var healthy: MeasureFunction { F.byMetric(["smoke": { _ in 1 }, "error-rate": { _ in 0.01 }]) }

    private func start(_ strategy: String, measure: MeasureFunction = healthy) throws -> RolloutState {
        var state = RolloutState(spec: try F.load(Self.spec(strategy)), target: F.target, at: 1_000)
        try state.advance(to: 1_000, measure: measure)
        return state
    }

    @Test func thePreviewGetsNoLiveTrafficUntilAutoPromotion() throws {
        var state = try start(
            "{autoPromotionEnabled: false, autoPromotionSeconds: 600, prePromotionAnalysis: {templates: [smoke]}, postPromotionAnalysis: {templates: [error-rate]}}")
        #expect(state.traffic == .blueGreen(active: 3, preview: 4))
        #expect(state.traffic.share(of: 4) == 0)
        #expect(state.phase == .paused)
        try state.advance(to: 1_599, measure: Self.healthy)
        // Pre-promotion analysis passed at 1060, but the pause holds the switch until autoPromotionSeconds.
        #expect(state.currentRun(.prePromotion)?.phase == .successful)
        #expect(state.traffic == .blueGreen(active: 3, preview: 4))
        try state.advance(to: 1_600, measure: Self.healthy)
        #expect(state.switchedAt == 1_600)
        #expect(state.traffic == .blueGreen(active: 4, preview: 4))
        #expect(state.phase == .progressing)
        try state.advance(to: 5_000, measure: Self.healthy)
        #expect(state.phase == .healthy)
        #expect(state.finishedAt == 1_720)
        #expect(state.traffic == .single(version: 4))
        #expect(state.events.map { "\($0.time) \($0)" } == [
            "1000 started (blueGreen)",
            "1000 paused (BlueGreenPause) until 1600",
            "1000 pre-promotion analysis started: smoke",
            "1060 pre-promotion analysis Successful",
            "1600 resumed: autoPromotionSeconds (600) passed",
            "1600 active service switched to v4",
            "1600 post-promotion analysis started: error-rate",
            "1720 post-promotion analysis Successful",
            "1720 completed: v4 is stable",
            // No scaleDownDelaySeconds written: the old version stays until post-promotion analysis
            // ends, and at least 30 seconds (docs/features/bluegreen.md, postPromotionAnalysis).
            "1720 scaled down v3",
        ])
    }

    @Test func aFailedPrePromotionAnalysisAbortsBeforeTheSwitch() throws {
        let measure = F.byMetric(["smoke": { $0 >= 1_060 ? 0 : 1 }, "error-rate": { _ in 0.01 }])
        var state = try start("{prePromotionAnalysis: {templates: [smoke]}}", measure: measure)
        try state.advance(to: 2_000, measure: measure)
        #expect(state.phase == .degraded)
        #expect(state.switchedAt == nil)
        #expect(state.traffic == .blueGreen(active: 3, preview: 4))
        #expect(state.message == "Rollout aborted update to fraud-detector v4: metric \"smoke\" assessed Failed: "
            + "1 of 2 measurements failed (failureLimit 0): values 0; successCondition result == 1 not met")
    }

    @Test func promotionWaitsForPrePromotionAnalysisToPass() throws {
        var state = try start("{autoPromotionEnabled: false, prePromotionAnalysis: {templates: [smoke]}}")
        #expect(state.phase == .paused)
        #expect(state.nextEventTime == 1_060)
        try state.promote(full: false)
        try state.advance(to: 1_059, measure: Self.healthy)
        // rollout/service.go: the active service switches only when the pause is over and the
        // pre-promotion analysis is Successful.
        #expect(state.phase == .progressing)
        #expect(state.switchedAt == nil)
        try state.advance(to: 1_060, measure: Self.healthy)
        #expect(state.switchedAt == 1_060)
        #expect(state.phase == .healthy)
    }

    @Test func autoPromotionEnabledSwitchesAsSoonAsAnalysisPasses() throws {
        var state = try start("{prePromotionAnalysis: {templates: [smoke]}}")
        #expect(state.phase == .progressing)
        #expect(throws: SandboxError(
            "the rollout of fraud-detector v3 → v4 is not paused (its pre-promotion analysis is Running); there is nothing to promote",
            hint: "rollout promote --full skips the analysis")
        ) { try state.promote(full: false) }
        try state.advance(to: 1_060, measure: Self.healthy)
        #expect(state.switchedAt == 1_060)
    }

    @Test func aFailedPostPromotionAnalysisSwitchesBack() throws {
        let measure = F.byMetric(["smoke": { _ in 1 }, "error-rate": { $0 >= 1_120 ? 0.2 : 0.01 }])
        var state = try start("{postPromotionAnalysis: {templates: [error-rate]}}", measure: measure)
        #expect(state.switchedAt == 1_000)
        #expect(state.traffic == .blueGreen(active: 4, preview: 4))
        try state.advance(to: 2_000, measure: measure)
        // docs/features/analysis.md: post-promotion Failed or Error aborts and switches traffic back
        // to the previous stable version.
        #expect(state.phase == .degraded)
        #expect(state.finishedAt == 1_120)
        #expect(state.traffic == .blueGreen(active: 3, preview: 4))
        #expect(state.versionsWithReplicas == [3])
    }

    @Test func theOldVersionKeepsItsReplicasForTheScaleDownDelay() throws {
        var state = try start("{scaleDownDelaySeconds: 120}")
        #expect(state.phase == .healthy)
        #expect(state.scaleDownAt == 1_120)
        try state.advance(to: 1_119, measure: Self.healthy)
        #expect(state.versionsWithReplicas == [3, 4])
        try state.advance(to: 1_120, measure: Self.healthy)
        #expect(state.versionsWithReplicas == [4])
        #expect(state.events.last?.description == "scaled down v3")
        #expect(state.nextEventTime == nil)
    }

    @Test func aWrittenScaleDownDelayCutsPostPromotionAnalysisShort() throws {
        // docs/features/bluegreen.md: with scaleDownDelaySeconds written, the controller cancels any
        // AnalysisRun when the delay ends; a cancelled run's unfinished metrics pass.
        var state = try start("{scaleDownDelaySeconds: 90, postPromotionAnalysis: {templates: [error-rate]}}")
        try state.advance(to: 5_000, measure: Self.healthy)
        #expect(state.phase == .healthy)
        #expect(state.finishedAt == 1_090)
        #expect(state.analysisRuns.first?.isTerminated == true)
        #expect(state.analysisRuns.first?.results.first?.count == 2)
        #expect(state.versionsWithReplicas == [4])
    }

    @Test func promoteFullSwitchesAtOnceAndSkipsAnalysis() throws {
        var state = try start("{autoPromotionEnabled: false, prePromotionAnalysis: {templates: [smoke]}, postPromotionAnalysis: {templates: [error-rate]}}")
        try state.promote(full: true)
        #expect(state.phase == .healthy)
        #expect(state.switchedAt == 1_000)
        #expect(state.scaleDownAt == 1_030)
        #expect(state.analysisRuns.map(\.kind) == [.prePromotion])
    }
}
