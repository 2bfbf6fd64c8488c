/// The traps in a canary's steps and its background analysis.
struct CanaryLint {
    let spec: RolloutSpec
    let canary: CanaryStrategy

    typealias Warning = RolloutLint.Warning

    func warnings() -> [Warning] {
        weightsGoingDown() + manualPauseBeforeFullTraffic() + backgroundTiming()
    }

    /// A setWeight at or below the one before it moves traffic back (or nowhere).
    private func weightsGoingDown() -> [Warning] {
        var warnings: [Warning] = []
        var previous: (weight: Int, step: Int)?
        for (index, step) in canary.steps.enumerated() {
            guard case .setWeight(let weight) = step.action else { continue }
            if let previous, weight <= previous.weight {
                let change = weight == previous.weight ? " again, as step \(previous.step) did" : ", down from \(previous.weight)% at step \(previous.step)"
                warnings.append(Warning(
                    location: step.location,
                    message: "step \(index + 1) sets the canary weight to \(weight)%\(change)",
                    hint: "canary weights should only go up; abort the rollout to send traffic back"))
            }
            previous = (weight, index + 1)
        }
        return warnings
    }

    /// A pause without duration, with nothing after it but weights: the rollout stops there until a
    /// person runs `rollout promote` (docs/features/canary.md: "pause: {}" pauses indefinitely).
    private func manualPauseBeforeFullTraffic() -> [Warning] {
        var weight = 0
        var warnings: [Warning] = []
        for (index, step) in canary.steps.enumerated() {
            switch step.action {
            case .setWeight(let value): weight = value
            case .analysis: break
            case .pause(let seconds):
                let rest = canary.steps[(index + 1)...]
                let onlyWeightsFollow = rest.allSatisfy { if case .setWeight = $0.action { true } else { false } }
                guard seconds == nil, onlyWeightsFollow else { continue }
                warnings.append(Warning(
                    location: step.location,
                    message: "step \(index + 1) pauses without a duration, the last stop before 100%: the rollout waits at "
                        + "\(weight)% until someone runs rollout promote",
                    hint: "give it a duration, such as pause: {duration: 10m}, to continue on its own"))
            }
        }
        return warnings
    }

    /// Background metrics whose timing misses the pauses they are meant to watch.
    private func backgroundTiming() -> [Warning] {
        guard let background = canary.analysis else { return [] }
        let metrics = spec.metrics(for: background.reference)
        let watched = canary.steps.enumerated().dropFirst(background.startingStep).compactMap { index, step -> (Int, Int64, CanaryStep)? in
            guard case .pause(let seconds?) = step.action else { return nil }
            return (index, seconds, step)
        }
        var warnings: [Warning] = []
        for (index, seconds, step) in watched {
            let slow = metrics.filter { ($0.interval ?? 0) > seconds }
            guard !slow.isEmpty else { continue }
            let names = slow.map { "'\($0.name)' (every \(SpecDuration.text($0.interval ?? 0)))" }.joined(separator: ", ")
            warnings.append(Warning(
                location: step.location,
                message: "the pause of step \(index + 1) lasts \(SpecDuration.text(seconds)), less than the interval of background "
                    + "metric \(names): the rollout can move past this weight without a measurement at it",
                hint: "make the pause at least as long as the interval"))
        }
        if let (index, seconds, _) = watched.first {
            for metric in metrics where metric.initialDelay > 0 && metric.initialDelay >= seconds {
                warnings.append(Warning(
                    location: metric.location(of: "initialDelay"),
                    message: "background metric '\(metric.name)' waits \(SpecDuration.text(metric.initialDelay)) (initialDelay) before "
                        + "its first measurement, at least the \(SpecDuration.text(seconds)) pause of step \(index + 1): "
                        + "the rollout moves past that step before anything is measured",
                    hint: "shorten initialDelay or lengthen the pause"))
            }
        }
        return warnings + countedBackground(metrics, watched: watched.map(\.1), startingStep: background.startingStep)
    }

    /// A background metric with a count stops after it, and the steps that follow go unwatched
    /// (argo-rollouts#1666: background analysis honours count).
    private func countedBackground(_ metrics: [AnalysisMetric], watched pauses: [Int64], startingStep: Int) -> [Warning] {
        let watchedSeconds = pauses.reduce(0, +)
        var warnings: [Warning] = []
        for metric in metrics {
            guard let count = metric.count, count > 0, let interval = metric.interval else { continue }
            let lasts = metric.initialDelay + Int64(count - 1) * interval
            guard lasts < watchedSeconds else { continue }
            warnings.append(Warning(
                location: metric.location(of: "count"),
                message: "background metric '\(metric.name)' stops after \(count) measurements (\(SpecDuration.text(lasts)) after it "
                    + "starts), but the timed pauses from step \(startingStep + 1) on last \(SpecDuration.text(watchedSeconds)): "
                    + "the later steps run unwatched",
                hint: "leave count out of background metrics: they then measure until the rollout ends"))
        }
        return warnings
    }
}
