import Testing
@testable import Sandbox

/// Argo Rollouts' decision table, case by case: one measurement (utils/evaluate/evaluate.go
/// `EvaluateResult`), one metric (analysis/analysis.go `assessMetricStatus`), one run
/// (analysis/analysis.go `assessRunStatus` with utils/analysis/helpers.go `IsWorse`).
@Suite struct AnalysisDecisionTests {
    typealias F = RolloutFixtures

    private func phase(_ metric: AnalysisMetric, _ value: Double) -> AnalysisPhase {
        metric.judge(.value(value), at: 0).phase
    }

    // MARK: one measurement

    @Test func successConditionOnlyFailsWhenItDoesNotHold() {
        let metric = F.metric(success: "result < 0.05")
        // evaluate.go: "Without a failure condition, a measurement is considered a failure if the
        // measurement's success condition is not true".
        #expect(phase(metric, 0.01) == .successful)
        #expect(phase(metric, 0.07) == .failed)
    }

    @Test func failureConditionOnlySucceedsWhenItDoesNotHold() {
        let metric = F.metric(failure: "result >= 0.10")
        // evaluate.go: "Without a success condition, a measurement is considered a successful if the
        // measurement's failure condition is not true".
        #expect(phase(metric, 0.12) == .failed)
        #expect(phase(metric, 0.07) == .successful)
    }

    @Test func bothConditionsDecideThreeWays() {
        let metric = F.metric(success: "result < 0.05", failure: "result >= 0.10")
        // evaluate.go: failCondition → Failed; !fail && !success → Inconclusive; else Successful.
        #expect(phase(metric, 0.01) == .successful)
        #expect(phase(metric, 0.20) == .failed)
        #expect(phase(metric, 0.07) == .inconclusive)
    }

    @Test func bothConditionsTrueIsFailed() {
        // evaluate.go checks `if failCondition` before anything else: failure wins.
        let metric = F.metric(success: "result < 0.5", failure: "result > 0.1")
        #expect(phase(metric, 0.3) == .failed)
    }

    @Test func noConditionIsSuccessful() {
        // evaluate.go: "Always return success unless there is an error" (the docs' "Inconclusive
        // Runs" section says otherwise; the source decides).
        #expect(phase(F.metric(), 123) == .successful)
    }

    @Test func aQueryErrorOrAConditionErrorIsError() {
        let metric = F.metric(success: "result < 0.05")
        // analysis.go: a provider error makes the measurement Error.
        let failed = metric.judge(.error("no traffic yet"), at: 5)
        #expect(failed.phase == .error)
        #expect(failed.message == "no traffic yet")
        // evaluate.go: a condition that cannot be evaluated, or is not a bool, is an Error.
        let notBool = F.metric(success: "result + 1")
        #expect(notBool.judge(.value(1), at: 0).phase == .error)
        #expect(notBool.judge(.value(1), at: 0).message == "condition: the condition gives the number 2.0, not true or false")
    }

    @Test func nanMeetsNoComparisonButIsNaNSeesIt() {
        // docs/features/analysis.md "NaN and Infinity": conditions handle NaN with isNaN(result).
        #expect(phase(F.metric(success: "result < 0.05"), .nan) == .failed)
        #expect(phase(F.metric(success: "isNaN(result) || result < 0.05"), .nan) == .successful)
        #expect(phase(F.metric(success: "result >= 0.9", failure: "result < 0.5"), .nan) == .inconclusive)
    }

    // MARK: one metric

    /// The metric's phase after measuring `values` one after another (nil is a query error).
    private func metricPhase(_ metric: AnalysisMetric, _ values: [Double?]) -> (AnalysisPhase, Int) {
        var run = AnalysisRun(kind: .background, templates: ["t"], metrics: [metric], startedAt: 0)
        let sequence = F.Sequence(values)
        run.advance(to: 10_000, measure: sequence.measure)
        return (run.results[0].phase, sequence.times.count)
    }

    @Test func failureLimitCountsFailuresAboveTheLimit() {
        let bad = [0.2, 0.01, 0.2, 0.01, 0.2]
        // analysis.go: Failed when failed > failureLimit, checked after every measurement.
        #expect(metricPhase(F.metric(success: "result < 0.05", interval: 60, count: 5, failureLimit: 0), bad) == (.failed, 1))
        #expect(metricPhase(F.metric(success: "result < 0.05", interval: 60, count: 5, failureLimit: 1), bad) == (.failed, 3))
        // Exactly at the limit is not over it: 2 failures with failureLimit 2 pass once count is reached.
        #expect(metricPhase(F.metric(success: "result < 0.05", interval: 60, count: 4, failureLimit: 2), bad) == (.successful, 4))
        #expect(metricPhase(F.metric(success: "result < 0.05", interval: 60, count: 5, failureLimit: 2), bad) == (.failed, 5))
    }

    @Test func failureLimitMinusOneNeverFailsOnFailures() {
        // Argo Rollouts 1.8 (argo-rollouts#3970): failureLimit -1 turns failure counting off.
        let metric = F.metric(success: "result < 0.05", interval: 60, count: 3, failureLimit: -1)
        #expect(metricPhase(metric, [0.2, 0.2, 0.2]) == (.successful, 3))
    }

    @Test func inconclusiveLimitCountsInconclusiveAboveTheLimit() {
        let metric = { (limit: Int) in F.metric(success: "result < 0.05", failure: "result > 0.1", interval: 60, count: 3, inconclusiveLimit: limit) }
        // analysis.go: Inconclusive when inconclusive > inconclusiveLimit.
        #expect(metricPhase(metric(0), [0.07, 0.01, 0.01]) == (.inconclusive, 1))
        #expect(metricPhase(metric(1), [0.07, 0.01, 0.01]) == (.successful, 3))
        #expect(metricPhase(metric(1), [0.07, 0.08, 0.01]) == (.inconclusive, 2))
    }

    @Test func consecutiveErrorLimitIsPassedNotReached() {
        let metric = { (limit: Int) in F.metric(success: "result < 0.05", interval: 60, count: 2, consecutiveErrorLimit: limit) }
        // analysis.go: Error when consecutiveErrors > consecutiveErrorLimit (default 4): five errors in a row.
        #expect(metricPhase(F.metric(success: "result < 0.05", interval: 60, count: 2), [nil, nil, nil, nil, nil, 0.01]) == (.error, 5))
        // Exactly at the limit (4 in a row) then a value: the streak resets and errors do not count toward count.
        #expect(metricPhase(metric(4), [nil, nil, nil, nil, 0.01, 0.01]) == (.successful, 6))
        #expect(metricPhase(metric(0), [nil, 0.01]) == (.error, 1))
        // A value between errors resets the streak (analysis.go: ConsecutiveError = 0 on any non-error).
        #expect(metricPhase(metric(1), [nil, 0.01, nil, 0.01]) == (.successful, 4))
    }

    @Test func countIsReachedOnlyByMeasurementsThatAreNotErrors() {
        // analysis.go: Count++ for Successful, Failed and Inconclusive only; types.go EffectiveCount.
        let metric = F.metric(success: "result < 0.05", interval: 60, count: 2)
        #expect(metricPhase(metric, [nil, 0.01, 0.01]) == (.successful, 3))
        // No interval, no count: one measurement. Interval without count: measures until stopped.
        #expect(metricPhase(F.metric(success: "result < 0.05"), [0.01, 0.01]) == (.successful, 1))
        #expect(F.metric(interval: 60).effectiveCount == nil)
        #expect(F.metric(interval: 60, count: 0).effectiveCount == nil)
    }

    // MARK: one run

    @Test func theRunTakesItsWorstMetric() {
        // helpers.go analysisStatusOrder: Successful < Running < Pending < Inconclusive < Error < Failed.
        #expect(AnalysisPhase.failed.isWorse(than: .error))
        #expect(AnalysisPhase.error.isWorse(than: .inconclusive))
        #expect(AnalysisPhase.inconclusive.isWorse(than: .pending))
        #expect(AnalysisPhase.pending.isWorse(than: .running))
        #expect(AnalysisPhase.running.isWorse(than: .successful))
        let metrics = [
            F.metric("ok", success: "result < 1", interval: 60, count: 3),
            F.metric("noisy", success: "result < 0.05", failure: "result > 0.1", interval: 60, count: 3),
            F.metric("broken", success: "result < 0.05", interval: 60, count: 3, consecutiveErrorLimit: 0),
        ]
        var run = AnalysisRun(kind: .step(2), templates: ["t"], metrics: metrics, startedAt: 0)
        run.advance(to: 600, measure: F.byMetric(["ok": { _ in 0.5 }, "noisy": { _ in 0.07 }, "broken": { _ in nil }]))
        // At the first instant "noisy" is Inconclusive and "broken" Error; Error is worse.
        #expect(run.phase == .error)
        #expect(run.finishedAt == 0)
        #expect(run.results.map(\.phase) == [.successful, .inconclusive, .error])
        #expect(run.message == "Metric \"broken\" assessed Error due to consecutiveErrors (1) > consecutiveErrorLimit (0)")
    }

    @Test func aFinalMetricStopsTheOthers() {
        // helpers.go IsTerminating: a metric Failed, Error or Inconclusive ends the run; metrics still
        // measuring end Successful (assessMetricStatus with terminating), the run takes the worst.
        let metrics = [
            F.metric("slow", success: "result < 1", interval: 300, count: 10),
            F.metric("fast", success: "result < 0.05", interval: 60, count: 10),
        ]
        var run = AnalysisRun(kind: .background, templates: ["t"], metrics: metrics, startedAt: 0)
        run.advance(to: 3_600, measure: F.byMetric(["slow": { _ in 0.5 }, "fast": { $0 >= 120 ? 0.3 : 0.01 }]))
        #expect(run.phase == .failed)
        #expect(run.finishedAt == 120)
        #expect(run.results.map(\.phase) == [.successful, .failed])
        #expect(run.results[0].count == 1)
        #expect(run.explanation == "metric \"fast\" assessed Failed: 1 of 3 measurements failed (failureLimit 0): values 0.3; "
            + "successCondition result < 0.05 not met")
    }

    @Test func aTerminatedRunPassesWhatIsStillMeasuring() {
        // analysis.go: a terminated run's metrics without a final phase are Successful ("run terminated").
        var run = AnalysisRun(kind: .background, templates: ["t"], metrics: [F.metric(success: "result < 0.05", interval: 60)], startedAt: 0)
        run.advance(to: 300, measure: F.constant(0.01))
        #expect(run.phase == .running)
        run.terminate(at: 330)
        #expect(run.phase == .successful)
        #expect(run.results[0].reason == "run terminated")
        #expect(run.results[0].count == 6)
    }
}
