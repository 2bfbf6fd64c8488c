import Testing
@testable import Sandbox

/// When measurements are taken (analysis/analysis.go `generateMetricTasks`), in virtual time.
@Suite struct AnalysisScheduleTests {
    typealias F = RolloutFixtures

    @Test func initialDelayThenEveryIntervalUpToCount() {
        let sequence = F.Sequence([0.01])
        var run = AnalysisRun(
            kind: .step(0), templates: ["t"], metrics: [F.metric(success: "result < 0.05", interval: 60, count: 5, initialDelay: 60)],
            startedAt: 1_000)
        #expect(run.nextMeasurementTime == 1_060)
        run.advance(to: 1_179, measure: sequence.measure)
        #expect(sequence.times == [1_060, 1_120])
        #expect(run.phase == .running)
        run.advance(to: 5_000, measure: sequence.measure)
        #expect(sequence.times == [1_060, 1_120, 1_180, 1_240, 1_300])
        #expect(run.phase == .successful)
        #expect(run.finishedAt == 1_300)
        #expect(run.nextMeasurementTime == nil)
    }

    @Test func anErrorIsRetriedAfterTenSeconds() {
        // analysis.go DefaultErrorRetryInterval: 10 s after an error, whatever the interval.
        let sequence = F.Sequence([nil, nil, 0.01, 0.01])
        var run = AnalysisRun(kind: .step(0), templates: ["t"], metrics: [F.metric(success: "result < 0.05", interval: 300, count: 2)], startedAt: 0)
        run.advance(to: 1_000, measure: sequence.measure)
        #expect(sequence.times == [0, 10, 20, 320])
        #expect(run.results[0].errors == 2)
        #expect(run.results[0].count == 2)
        #expect(run.phase == .successful)
    }

    @Test func metricsMeasureOnTheirOwnSchedules() {
        let metrics = [F.metric("a", interval: 60, count: 2), F.metric("b", interval: 90, count: 2, initialDelay: 30)]
        var run = AnalysisRun(kind: .background, templates: ["t"], metrics: metrics, startedAt: 0)
        run.advance(to: 1_000, measure: F.constant(1))
        #expect(run.results[0].measurements.map(\.time) == [0, 60])
        #expect(run.results[1].measurements.map(\.time) == [30, 120])
        #expect(run.finishedAt == 120)
    }

    @Test func retainedMeasurementsAreBoundedButCountersAreNot() {
        var run = AnalysisRun(kind: .background, templates: ["t"], metrics: [F.metric(interval: 1)], startedAt: 0)
        run.advance(to: 1_499, measure: F.constant(1))
        #expect(run.results[0].count == 1_500)
        #expect(run.results[0].measurements.count == MetricResult.retainedMeasurements)
        #expect(run.results[0].measurements.first?.time == 500)
    }
}
