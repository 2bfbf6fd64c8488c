/// A metric's phase from its counters, as Argo Rollouts assesses it (analysis/analysis.go
/// `assessMetricStatus` and `assessMetricFailureInconclusiveOrError`).
enum MetricAssessment {
    /// The phase of `result` under `metric`'s limits, and Argo's reason when it is final.
    ///
    /// - A final phase stays final.
    /// - No measurement yet: Pending, or Successful when the run is terminating.
    /// - failed > failureLimit → Failed; inconclusive > inconclusiveLimit → Inconclusive;
    ///   consecutive errors > consecutiveErrorLimit → Error. Argo checks them in this order and the
    ///   last that holds wins; a limit that is only reached (not passed) does not end the metric.
    /// - `effectiveCount` measurements taken → Successful, whatever failures stayed within the limit.
    /// - Otherwise Running, or Successful when the run is terminating.
    static func assess(_ metric: AnalysisMetric, _ result: MetricResult, terminating: Bool) -> (AnalysisPhase, String?) {
        if result.phase.isCompleted { return (result.phase, result.reason) }
        guard result.count + result.errors > 0 else {
            return terminating ? (.successful, "run terminated") : (.pending, nil)
        }
        if let limitHit = limits(metric, result) { return limitHit }
        if let count = metric.effectiveCount, result.count >= count {
            return (.successful, "count (\(count)) reached")
        }
        return terminating ? (.successful, "run terminated") : (.running, nil)
    }

    private static func limits(_ metric: AnalysisMetric, _ result: MetricResult) -> (AnalysisPhase, String)? {
        var found: (AnalysisPhase, String)?
        // failureLimit -1 turns failure counting off (Argo Rollouts 1.8, argo-rollouts#3970).
        if metric.failureLimit >= 0, result.failed > metric.failureLimit {
            found = (.failed, "failed (\(result.failed)) > failureLimit (\(metric.failureLimit))")
        }
        if result.inconclusive > metric.inconclusiveLimit {
            found = (.inconclusive, "inconclusive (\(result.inconclusive)) > inconclusiveLimit (\(metric.inconclusiveLimit))")
        }
        if result.consecutiveErrors > metric.consecutiveErrorLimit {
            found = (.error, "consecutiveErrors (\(result.consecutiveErrors)) > consecutiveErrorLimit (\(metric.consecutiveErrorLimit))")
        }
        return found
    }
}
