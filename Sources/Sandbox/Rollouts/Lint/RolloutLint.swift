/// The known traps of a rollout spec that loads but will not do what its author hopes, each at its
/// place in the file (docs/rollouts.md, "Lint").
public enum RolloutLint {
    /// Every warning for `spec`, in file order.
    public static func warnings(_ spec: RolloutSpec) -> [SpecProblem] {
        var found: [Warning] = []
        for template in spec.templates {
            for metric in template.metrics {
                found += failureLimitZero(metric)
                found += conditionsGapOrOverlap(metric)
            }
        }
        found += endlessBlockingAnalysis(spec)
        found += noAnalysis(spec.strategy)
        switch spec.strategy {
        case .canary(let canary):
            found += CanaryLint(spec: spec, canary: canary).warnings()
        case .blueGreen(let blueGreen):
            found += ignoredAutoPromotionSeconds(blueGreen)
        }
        return found.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map { SpecProblem(file: spec.fileName, location: $0.element.location, message: $0.element.message, hint: $0.element.hint) }
    }

    /// One warning before it is given its file.
    struct Warning {
        let location: SpecLocation
        let message: String
        let hint: String?
    }

    /// failureLimit 0 (Argo's default) fails the metric on its first failed measurement
    /// (analysis/analysis.go: Failed when failed > failureLimit).
    static func failureLimitZero(_ metric: AnalysisMetric) -> [Warning] {
        guard metric.failureLimit == 0, metric.successCondition != nil || metric.failureCondition != nil else { return [] }
        let planned: String
        switch metric.effectiveCount {
        case .some(1): return []
        case .some(let count): planned = "of its \(count)"
        case .none: planned = "it takes"
        }
        let written = metric.fieldLocations["failureLimit"] != nil
        let setting = written ? "failureLimit 0" : "failureLimit 0 (the default)"
        return [Warning(
            location: metric.location(of: "failureLimit"),
            message: "metric '\(metric.name)' has \(setting): the first failed measurement \(planned) fails the analysis, "
                + "so one noisy value aborts the rollout",
            hint: "set failureLimit to the number of failed measurements you tolerate")]
    }

    /// Values both conditions claim are Failed (failure wins); values neither claims are
    /// Inconclusive (utils/evaluate/evaluate.go), and Inconclusive pauses the rollout.
    static func conditionsGapOrOverlap(_ metric: AnalysisMetric) -> [Warning] {
        guard let successExpression = metric.successCondition, let failureExpression = metric.failureCondition,
            let successRange = ThresholdCondition(successExpression), let failureRange = ThresholdCondition(failureExpression)
        else { return [] }
        var warnings: [Warning] = []
        let place = metric.location(of: "successCondition")
        let success = "successCondition '\(successExpression.text)'", failureText = "failureCondition '\(failureExpression.text)'"
        if let both = ThresholdCondition.common(successRange, failureRange) {
            warnings.append(Warning(
                location: place,
                message: "metric '\(metric.name)': values with \(both.text) meet both \(success) and \(failureText); Argo counts them Failed",
                hint: "make the conditions exclude each other"))
        }
        if let neither = ThresholdCondition.common(successRange.complement, failureRange.complement) {
            let limit = metric.inconclusiveLimit
            let pauses = limit == 0 ? "one such measurement pauses" : "\(limit + 1) such measurements pause"
            warnings.append(Warning(
                location: place,
                message: "metric '\(metric.name)': values with \(neither.text) meet neither \(success) nor \(failureText), so they are "
                    + "Inconclusive; with inconclusiveLimit \(limit), \(pauses) the rollout until someone promotes or aborts it",
                hint: "close the gap, or raise inconclusiveLimit if a person should decide"))
        }
        return warnings
    }

    /// A metric with an interval and no count never ends on its own; as a blocking analysis it holds
    /// the rollout forever, and Argo refuses such a rollout (pkg/apis/rollouts/validation
    /// `ValidateAnalysisTemplateWithType`: "runs indefinitely").
    static func endlessBlockingAnalysis(_ spec: RolloutSpec) -> [Warning] {
        var warnings: [Warning] = []
        for (use, reference) in spec.strategy.analyses where use != "background" {
            let what = use.hasPrefix("step") ? "the analysis of \(use)" : use
            for metric in spec.metrics(for: reference) where metric.effectiveCount == nil {
                let countWritten = metric.fieldLocations["count"] != nil
                warnings.append(Warning(
                    location: metric.location(of: countWritten ? "count" : "interval"),
                    message: "metric '\(metric.name)' has an interval and \(countWritten ? "count 0, which means no count" : "no count"), "
                        + "so it measures until it is stopped: as \(what) it never ends and the rollout waits there forever; "
                        + "Argo Rollouts refuses such a rollout (metric runs indefinitely)",
                    hint: "set count: how many measurements decide the analysis"))
            }
        }
        return warnings
    }

    static func noAnalysis(_ strategy: RolloutStrategy) -> [Warning] {
        guard strategy.analyses.isEmpty else { return [] }
        let (location, hint): (SpecLocation, String) = switch strategy {
        case .canary(let canary): (canary.location, "add an analysis step or a background analysis")
        case .blueGreen(let blueGreen): (blueGreen.location, "add prePromotionAnalysis (before the switch) or postPromotionAnalysis")
        }
        return [Warning(
            location: location,
            message: "the \(strategy.name) runs no analysis: nothing checks the new version before it takes all the traffic",
            hint: hint)]
    }

    /// Argo pauses before the switch only when `autoPromotionEnabled` is false (rollout/bluegreen.go
    /// `reconcileBlueGreenPause`), so only then does `autoPromotionSeconds` count.
    static func ignoredAutoPromotionSeconds(_ blueGreen: BlueGreenStrategy) -> [Warning] {
        guard blueGreen.autoPromotionEnabled, let seconds = blueGreen.autoPromotionSeconds else { return [] }
        return [Warning(
            location: blueGreen.location,
            message: "autoPromotionSeconds \(seconds) has no effect: with autoPromotionEnabled true (the default) the rollout "
                + "switches as soon as it can, without a pause",
            hint: "set autoPromotionEnabled: false to pause before the switch")]
    }
}
