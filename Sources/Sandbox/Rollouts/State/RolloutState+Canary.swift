/// The canary strategy, one decision at a time (rollout/canary.go and rollout/analysis.go).
extension RolloutState {
    /// Makes the next canary decision at `now`; false when there is none to make.
    mutating func settleCanary(_ canary: CanaryStrategy) -> Bool {
        guard phase.isInProgress else { return false }
        // A Failed or Errored run aborts at any step; an Inconclusive one pauses.
        if abortOnFailedRun([.background, .step]) { return true }
        if pauseOnInconclusiveRun([.background, .step]) { return true }
        if let index = pauseConditions.firstIndex(where: { $0.reason == .canaryPauseStep }),
            let until = pauseConditions[index].until, until <= now
        {
            pauseConditions.remove(at: index)
            record(.resumed("the pause of step \(stepIndex + 1) ended"))
            stepIndex += 1
            return true
        }
        guard pauseConditions.isEmpty else { return false }
        if startBackgroundIfDue(canary) { return true }
        guard stepIndex < canary.steps.count else {
            canaryWeight = 100
            complete()
            return true
        }
        return takeStep(canary.steps[stepIndex])
    }

    /// Background analysis starts once the rollout reaches `startingStep` (utils/replicaset `BeforeStartingStep`).
    private mutating func startBackgroundIfDue(_ canary: CanaryStrategy) -> Bool {
        guard let background = canary.analysis, current[.background] == nil, stepIndex >= background.startingStep else {
            return false
        }
        startRun(.background, kind: .background, reference: background.reference)
        return true
    }

    private mutating func takeStep(_ step: CanaryStep) -> Bool {
        switch step.action {
        case .setWeight(let weight):
            canaryWeight = weight
            record(.setWeight(weight))
            stepIndex += 1
            return true
        case .pause(let seconds):
            pause(.canaryPauseStep, until: seconds.map { now + $0 })
            return true
        case .analysis(let reference):
            guard let phase = runPhase(.step) else {
                startRun(.step, kind: .step(stepIndex), reference: reference)
                return true
            }
            // A blocking step waits for its run; Successful moves on to the next step.
            guard phase == .successful else { return false }
            current[.step] = nil
            stepIndex += 1
            return true
        }
    }
}
