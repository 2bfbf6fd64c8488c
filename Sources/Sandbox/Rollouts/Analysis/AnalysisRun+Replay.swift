/// One recorded measurement of a metric: when it was taken and what the query gave.
public struct RecordedMeasurement: Sendable, Equatable {
    /// Virtual time, in seconds.
    public var time: Int64
    /// The value or the error.
    public var outcome: MeasurementOutcome

    /// Creates a recorded measurement.
    public init(time: Int64, outcome: MeasurementOutcome) {
        self.time = time
        self.outcome = outcome
    }
}

/// Judging recorded values again under changed settings, for `rollout replay ID --set failureLimit=2`.
extension AnalysisRun {
    /// What each metric measured, oldest first: the values and errors, without their phases.
    public var recording: [String: [RecordedMeasurement]] {
        var recorded: [String: [RecordedMeasurement]] = [:]
        for result in results {
            recorded[result.name] = result.measurements.map { RecordedMeasurement(time: $0.time, outcome: $0.outcome) }
        }
        return recorded
    }

    /// This run judged again under `metrics` (the same metrics with other conditions or limits).
    public func rejudged(with metrics: [AnalysisMetric]) -> AnalysisRun {
        Self.judge(recording, metrics: metrics, kind: kind, templates: templates, startedAt: startedAt)
    }

    /// A run judged from recorded values alone: a pure function of the recording and the settings.
    ///
    /// The values are replayed in time order with Argo's rules, so a metric ends as soon as a limit
    /// is passed or its count is reached, and a metric that ends Failed, Error or Inconclusive ends the
    /// others. Values recorded after a metric ended are not used. When the recording ends before a
    /// metric does (the new settings would have needed more measurements), the metric stays Running
    /// and so does the run: the data cannot say more.
    public static func judge(
        _ recorded: [String: [RecordedMeasurement]], metrics: [AnalysisMetric], kind: AnalysisRunKind, templates: [String],
        startedAt: Int64
    ) -> AnalysisRun {
        var run = AnalysisRun(kind: kind, templates: templates, metrics: metrics, startedAt: startedAt)
        var times: Set<Int64> = []
        for metric in metrics { for measurement in recorded[metric.name] ?? [] { times.insert(measurement.time) } }
        for time in times.sorted() {
            guard !run.phase.isCompleted, !run.isTerminating else { break }
            for (index, metric) in metrics.enumerated() where !run.results[index].phase.isCompleted {
                for measurement in (recorded[metric.name] ?? []) where measurement.time == time {
                    run.results[index].record(metric.judge(measurement.outcome, at: time))
                }
            }
            run.assess(at: time)
        }
        return run
    }

    /// The metrics whose recording ran out before they ended.
    public var unfinishedMetrics: [String] {
        results.filter { !$0.phase.isCompleted }.map(\.name)
    }
}
