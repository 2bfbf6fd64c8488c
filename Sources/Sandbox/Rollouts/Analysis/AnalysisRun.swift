/// One run of an analysis: its metrics measured at virtual times and judged as Argo Rollouts judges
/// them (analysis/analysis.go), from the run's start until every metric is final or the run is stopped.
///
/// A value with no clock: `advance(to:measure:)` takes every measurement that falls due up to a time,
/// in time order, through the host's `measure` function.
public struct AnalysisRun: Sendable, Equatable {
    /// What the run is for in its rollout.
    public let kind: AnalysisRunKind
    /// The templates it runs.
    public let templates: [String]
    /// Their metrics, merged in order.
    public let metrics: [AnalysisMetric]
    /// Virtual time, in seconds, when it started.
    public let startedAt: Int64
    /// One result per metric, in the metrics' order.
    public internal(set) var results: [MetricResult]
    /// Running until every metric is final (or the run is stopped), then the worst metric's phase.
    public internal(set) var phase: AnalysisPhase = .running
    /// Why the run ended as it did, in Argo's words: `Metric "error-rate" assessed Failed due to failed (2) > failureLimit (1)`.
    public internal(set) var message: String?
    /// When it ended.
    public internal(set) var finishedAt: Int64?
    /// Whether it was stopped from outside (the step ended, the rollout was promoted or aborted).
    public internal(set) var isTerminated = false

    /// Starts a run at `time`; nothing is measured until `advance` is called.
    public init(kind: AnalysisRunKind, templates: [String], metrics: [AnalysisMetric], startedAt time: Int64) {
        self.kind = kind
        self.templates = templates
        self.metrics = metrics
        self.startedAt = time
        self.results = metrics.map { MetricResult(name: $0.name) }
    }

    /// The result of the metric called `name`.
    public func result(_ name: String) -> MetricResult? {
        results.first { $0.name == name }
    }

    /// When the next measurement falls due, or nil when none will (the run is over, or waits for nothing).
    public var nextMeasurementTime: Int64? {
        guard !phase.isCompleted, !isTerminating else { return nil }
        return metrics.indices.compactMap(dueTime).min()
    }

    /// Takes every measurement due up to `time`, in time order, judging the run after each instant.
    public mutating func advance(to time: Int64, measure: MeasureFunction) {
        while let due = nextMeasurementTime, due <= time {
            // Argo measures every metric that is due in one reconciliation, then assesses the run.
            for index in metrics.indices where dueTime(index) == due {
                let outcome: MeasurementOutcome = switch measure(metrics[index].query, due) {
                case .success(let value): .value(value)
                case .failure(let error): .error(error.message)
                }
                results[index].record(metrics[index].judge(outcome, at: due))
            }
            assess(at: due)
        }
    }

    /// Stops the run at `time`: metrics still measuring end Successful unless a limit was already
    /// passed (analysis/analysis.go: a terminated run's unfinished metrics are Successful).
    public mutating func terminate(at time: Int64) {
        guard !phase.isCompleted else { return }
        isTerminated = true
        assess(at: time)
    }

    /// Whether measuring has stopped: stopped from outside, or a metric already ended Failed, Error
    /// or Inconclusive (utils/analysis/helpers.go `IsTerminating`).
    var isTerminating: Bool {
        isTerminated || results.contains { [.failed, .error, .inconclusive].contains($0.phase) }
    }

    /// When metric `index` measures next (analysis/analysis.go `generateMetricTasks`): after the
    /// initial delay; then an interval after the last measurement, or 10 s after an error; never once
    /// its effective count is reached or it is final.
    func dueTime(_ index: Int) -> Int64? {
        let metric = metrics[index]
        let result = results[index]
        guard !result.phase.isCompleted else { return nil }
        guard let last = result.lastMeasurement else { return startedAt + metric.initialDelay }
        if let count = metric.effectiveCount, result.count >= count { return nil }
        if last.phase == .error { return last.time + AnalysisMetric.errorRetrySeconds }
        return metric.interval.map { last.time + $0 }
    }

    /// Judges every metric and then the run, as Argo's `assessRunStatus` does. A metric ending
    /// Failed, Error or Inconclusive makes the run terminating, which ends the others at once.
    mutating func assess(at time: Int64) {
        var wasTerminating: Bool
        repeat {
            wasTerminating = isTerminating
            for index in metrics.indices {
                let (phase, reason) = MetricAssessment.assess(metrics[index], results[index], terminating: wasTerminating)
                results[index].phase = phase
                if phase.isCompleted { results[index].reason = reason }
            }
        } while isTerminating != wasTerminating
        guard results.allSatisfy(\.phase.isCompleted) else { return }
        var worst: (index: Int, phase: AnalysisPhase)?
        for (index, result) in results.enumerated() where worst.map({ result.phase.isWorse(than: $0.phase) }) ?? true {
            worst = (index, result.phase)
        }
        phase = worst?.phase ?? .successful
        finishedAt = time
        if let worst, let reason = results[worst.index].reason, worst.phase != .successful {
            message = "Metric \"\(results[worst.index].name)\" assessed \(worst.phase) due to \(reason)"
        }
    }
}

/// What an analysis run is for in its rollout.
public enum AnalysisRunKind: Sendable, Equatable, CustomStringConvertible {
    /// The blocking analysis of canary step `index` (0-based).
    case step(Int)
    /// The canary's background analysis.
    case background
    /// Blue/green analysis before the switch.
    case prePromotion
    /// Blue/green analysis after the switch.
    case postPromotion

    /// `step 3 analysis`, `background analysis`, `pre-promotion analysis`, `post-promotion analysis`.
    public var description: String {
        switch self {
        case .step(let index): "step \(index + 1) analysis"
        case .background: "background analysis"
        case .prePromotion: "pre-promotion analysis"
        case .postPromotion: "post-promotion analysis"
        }
    }
}
