import Testing
@testable import Sandbox

/// Each known trap, with its exact message and place.
@Suite struct RolloutLintTests {
    typealias F = RolloutFixtures

    /// A canary that runs template `t` as step 2, with `metrics` as the template's metric list.
    static func stepAnalysis(_ metrics: String) -> String {
        """
        name: r
        model: m
        strategy:
          canary:
            steps:
              - setWeight: 20
              - analysis: {templates: [t]}
        templates:
          - name: t
            metrics:
        \(metrics)
        """
    }

    @Test func failureLimitZeroFailsOnTheFirstBadMeasurement() {
        let text = Self.stepAnalysis("""
                  - {name: written, interval: 1m, count: 5, successCondition: result < 0.1, failureLimit: 0, provider: {query: '1'}}
                  - {name: defaulted, interval: 1m, count: 3, successCondition: result < 0.1, provider: {query: '1'}}
                  - {name: once, successCondition: result < 0.1, provider: {query: '1'}}
                  - {name: tolerant, interval: 1m, count: 3, successCondition: result < 0.1, failureLimit: 1, provider: {query: '1'}}
            """)
        let hint = "(set failureLimit to the number of failed measurements you tolerate)"
        // analysis/analysis.go: Failed when failed > failureLimit; with 0, one failure is enough.
        #expect(F.warnings(text) == [
            "11:95: metric 'written' has failureLimit 0: the first failed measurement of its 5 fails the analysis, so one noisy value aborts the rollout \(hint)",
            "12:9: metric 'defaulted' has failureLimit 0 (the default): the first failed measurement of its 3 fails the analysis, so one noisy value aborts the rollout \(hint)",
        ])
    }

    @Test func conditionsThatLeaveAGapOrOverlap() {
        let text = Self.stepAnalysis("""
                  - name: gap
                    interval: 1m
                    count: 5
                    successCondition: result < 0.05
                    failureCondition: result > 0.1
                    failureLimit: 2
                    provider: {query: '1'}
                  - name: overlap
                    interval: 1m
                    count: 5
                    successCondition: result < 0.1
                    failureCondition: 0.05 <= result
                    failureLimit: 2
                    inconclusiveLimit: 1
                    provider: {query: '1'}
                  - name: tight
                    interval: 1m
                    count: 3
                    successCondition: result < 0.1
                    failureCondition: result >= 0.1
                    failureLimit: 1
                    provider: {query: '1'}
            """)
        // utils/evaluate/evaluate.go: neither condition → Inconclusive; both → Failed.
        #expect(F.warnings(text) == [
            "14:27: metric 'gap': values with 0.05 <= result <= 0.1 meet neither successCondition 'result < 0.05' nor failureCondition "
                + "'result > 0.1', so they are Inconclusive; with inconclusiveLimit 0, one such measurement pauses the rollout until "
                + "someone promotes or aborts it (close the gap, or raise inconclusiveLimit if a person should decide)",
            "21:27: metric 'overlap': values with 0.05 <= result < 0.1 meet both successCondition 'result < 0.1' and failureCondition "
                + "'0.05 <= result'; Argo counts them Failed (make the conditions exclude each other)",
        ])
    }

    @Test func aStepAnalysisWithoutCountNeverEnds() {
        let text = Self.stepAnalysis("""
                  - {name: endless, interval: 1m, failureLimit: 3, provider: {query: '1'}}
                  - {name: zero, interval: 1m, count: 0, failureLimit: 3, provider: {query: '1'}}
            """)
        let tail = "so it measures until it is stopped: as the analysis of step 2 it never ends and the rollout waits there forever; "
            + "Argo Rollouts refuses such a rollout (metric runs indefinitely) (set count: how many measurements decide the analysis)"
        // types.go EffectiveCount: no count (or 0) with an interval runs indefinitely;
        // validation.go ValidateAnalysisTemplateWithType refuses that outside background analysis.
        #expect(F.warnings(text) == [
            "11:35: metric 'endless' has an interval and no count, \(tail)",
            "12:43: metric 'zero' has an interval and count 0, which means no count, \(tail)",
        ])
    }

    @Test func stepsThatMoveTrafficBackOrWaitForAPerson() {
        let text = """
            name: r
            model: m
            strategy:
              canary:
                steps:
                  - setWeight: 20
                  - analysis: {templates: [t]}
                  - setWeight: 50
                  - setWeight: 30
                  - setWeight: 30
                  - pause: {}
                  - setWeight: 100
            templates:
              - {name: t, metrics: [{name: x, provider: {query: '1'}}]}
            """
        let up = "(canary weights should only go up; abort the rollout to send traffic back)"
        #expect(F.warnings(text) == [
            "9:9: step 4 sets the canary weight to 30%, down from 50% at step 3 \(up)",
            "10:9: step 5 sets the canary weight to 30% again, as step 4 did \(up)",
            "11:9: step 6 pauses without a duration, the last stop before 100%: the rollout waits at 30% until someone runs "
                + "rollout promote (give it a duration, such as pause: {duration: 10m}, to continue on its own)",
        ])
    }

    @Test func noAnalysisAtAll() {
        #expect(F.warnings("name: r\nmodel: m\nstrategy:\n  canary:\n    steps: [{setWeight: 50}, {pause: {duration: 1h}}]\n") == [
            "5:5: the canary runs no analysis: nothing checks the new version before it takes all the traffic "
                + "(add an analysis step or a background analysis)",
        ])
        #expect(F.warnings("name: r\nmodel: m\nstrategy:\n  blueGreen: {autoPromotionSeconds: 60}\n") == [
            "4:14: the blueGreen runs no analysis: nothing checks the new version before it takes all the traffic "
                + "(add prePromotionAnalysis (before the switch) or postPromotionAnalysis)",
            "4:14: autoPromotionSeconds 60 has no effect: with autoPromotionEnabled true (the default) the rollout switches as soon "
                + "as it can, without a pause (set autoPromotionEnabled: false to pause before the switch)",
        ])
    }

    @Test func backgroundMetricsThatMissTheirPauses() {
        let text = """
            name: r
            model: m
            strategy:
              canary:
                steps:
                  - setWeight: 10
                  - pause: {duration: 2m}
                  - setWeight: 40
                  - pause: {duration: 10m}
                  - setWeight: 80
                  - pause: {duration: 10m}
                analysis: {templates: [t], startingStep: 1}
            templates:
              - name: t
                metrics:
                  - {name: slow, interval: 5m, initialDelay: 2m, failureLimit: 1, successCondition: result < 1, provider: {query: '1'}}
                  - {name: short, interval: 1m, count: 5, failureLimit: 1, successCondition: result < 1, provider: {query: '1'}}
            """
        #expect(F.warnings(text) == [
            "7:9: the pause of step 2 lasts 2m, less than the interval of background metric 'slow' (every 5m): the rollout can move "
                + "past this weight without a measurement at it (make the pause at least as long as the interval)",
            "16:50: background metric 'slow' waits 2m (initialDelay) before its first measurement, at least the 2m pause of step 2: "
                + "the rollout moves past that step before anything is measured (shorten initialDelay or lengthen the pause)",
            "17:44: background metric 'short' stops after 5 measurements (4m after it starts), but the timed pauses from step 2 on "
                + "last 22m: the later steps run unwatched (leave count out of background metrics: they then measure until the rollout ends)",
        ])
    }

    @Test func aCarefulSpecHasNoWarnings() {
        #expect(F.warnings(RolloutDocsTests.example ?? "") == [])
    }

    @Test func thresholdsReadBothWays() {
        let flipped = ThresholdCondition(try! Expression("0.1 > result"))
        #expect(flipped == ThresholdCondition(try! Expression("result < 0.1")))
        #expect(ThresholdCondition(try! Expression("result < -1"))?.value == -1)
        #expect(ThresholdCondition(try! Expression("result[0] < 1")) == nil)
        #expect(ThresholdCondition(try! Expression("result == 1")) == nil)
    }
}
