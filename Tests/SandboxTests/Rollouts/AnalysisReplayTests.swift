import Testing
@testable import Sandbox

/// Recorded values judged again under changed settings (`rollout replay ID --set …`).
@Suite struct AnalysisReplayTests {
    typealias F = RolloutFixtures

    private func recordedRun() -> AnalysisRun {
        let metric = F.metric(success: "result < 0.05", failure: "result >= 0.10", interval: 60, count: 5, failureLimit: 1)
        var run = AnalysisRun(kind: .step(2), templates: ["error-rate"], metrics: [metric], startedAt: 0)
        run.advance(to: 1_000, measure: F.Sequence([0.01, 0.12, 0.02, 0.15, 0.03]).measure)
        return run
    }

    @Test func aHigherFailureLimitTurnsFailedIntoSuccessfulWhenTheDataReachesTheCount() {
        let run = recordedRun()
        // The original run failed at the 4th measurement: failed (2) > failureLimit (1).
        #expect(run.phase == .failed)
        #expect(run.explanation == "metric \"error-rate\" assessed Failed: 2 of 4 measurements failed (failureLimit 1): "
            + "values 0.12, 0.15; failureCondition result >= 0.10")
        // The data ends at 4 measurements, so under failureLimit 2 the metric needs a 5th: still running.
        let relaxed = run.rejudged(with: try! AnalysisSettings.apply(["failureLimit": "2"], to: run.metrics))
        #expect(relaxed.phase == .running)
        #expect(relaxed.unfinishedMetrics == ["error-rate"])
        // With count 4 as well, the recorded data decides: Successful.
        let decided = run.rejudged(with: try! AnalysisSettings.apply(["failureLimit": "2", "error-rate.count": "4"], to: run.metrics))
        #expect(decided.phase == .successful)
        #expect(decided.results[0].failed == 2)
        // Judged again under the same settings, the recording gives back the same run.
        #expect(run.rejudged(with: run.metrics) == run)
    }

    @Test func aStricterConditionEndsEarlier() {
        let run = recordedRun()
        let strict = run.rejudged(with: try! AnalysisSettings.apply(["failureCondition": "result >= 0.02"], to: run.metrics))
        #expect(strict.phase == .failed)
        // 0.12 and 0.02 now both fail: failed (2) > failureLimit (1) at the third measurement.
        #expect(strict.finishedAt == 120)
        #expect(strict.results[0].measurements.count == 3)
    }

    @Test func judgeIsAPureFunctionOfTheRecording() {
        let recorded = ["error-rate": [
            RecordedMeasurement(time: 0, outcome: .value(0.2)), RecordedMeasurement(time: 60, outcome: .error("timeout")),
            RecordedMeasurement(time: 70, outcome: .value(0.01)),
        ]]
        let metric = F.metric(success: "result < 0.05", interval: 60, count: 2, failureLimit: 1)
        let run = AnalysisRun.judge(recorded, metrics: [metric], kind: .background, templates: ["t"], startedAt: 0)
        #expect(run.phase == .successful)
        #expect(run.results[0].errors == 1)
        #expect(run.results[0].failed == 1)
    }

    @Test func settingsThatMoveMeasurementsAreRefused() {
        let run = recordedRun()
        #expect(throws: SandboxError(
            "--set interval: 'interval' decides when or what was measured, so the recorded values cannot be judged under another",
            hint: "a replay can change: count, failureLimit, inconclusiveLimit, consecutiveErrorLimit, successCondition, failureCondition")
        ) { try AnalysisSettings.apply(["interval": "5m"], to: run.metrics) }
        #expect(throws: SandboxError("--set failurLimit: there is no setting 'failurLimit'", hint: "did you mean 'failureLimit'?")) {
            try AnalysisSettings.apply(["failurLimit": "2"], to: run.metrics)
        }
        #expect(throws: SandboxError("--set latency.count: the analysis has no metric 'latency'", hint: "its metrics: error-rate")) {
            try AnalysisSettings.apply(["latency.count": "2"], to: run.metrics)
        }
        #expect(throws: SandboxError("--set failureLimit=-2: must be from -1 to 1000")) {
            try AnalysisSettings.apply(["failureLimit": "-2"], to: run.metrics)
        }
        #expect(throws: SandboxError(
            "--set successCondition=reslt < 1: column 1: unknown name 'reslt'; a condition reads only 'result', the measured value",
            hint: "did you mean 'result'?")
        ) { try AnalysisSettings.apply(["successCondition": "reslt < 1"], to: run.metrics) }
    }
}
