/// What a person can do to a rollout in progress: `rollout promote [--full]` and `rollout abort`.
///
/// A command acts at `now`; what it starts (a step's analysis, a measurement due at once) happens on
/// the next `advance(to:measure:)`, which may be `advance(to: now, …)`.
extension RolloutState {
    /// Promotes the rollout, as `kubectl argo rollouts promote` does (cmd/promote/promote.go).
    ///
    /// - `full`: skips every remaining step, pause and analysis and makes the new version stable.
    /// - Paused at a pause step: continues with the next step.
    /// - Paused by an Inconclusive step analysis: skips that step; by an Inconclusive background,
    ///   pre- or post-promotion analysis: starts that analysis again.
    /// - Blue/green paused before the switch: lets it switch (once pre-promotion analysis passes).
    /// - A canary not paused but waiting on a step analysis: skips that step, as Argo does.
    public mutating func promote(full: Bool) throws(SandboxError) {
        guard phase.isInProgress else {
            throw SandboxError(
                "the rollout of \(target) is \(phase); only a rollout in progress can be promoted",
                hint: phase == .degraded ? "start a new rollout to try again" : nil)
        }
        if full { return promoteFully() }
        switch spec.strategy {
        case .canary(let canary): try promoteCanary(canary)
        case .blueGreen(let blueGreen): try promoteBlueGreen(blueGreen)
        }
    }

    /// Aborts the rollout: analysis stops, all live traffic returns to the stable version, Degraded.
    public mutating func abort() throws(SandboxError) {
        guard phase.isInProgress else {
            throw SandboxError(
                "the rollout of \(target) is \(phase); only a rollout in progress can be aborted",
                hint: phase == .healthy ? "rollout undo goes back to the previous version" : nil)
        }
        abort(because: nil)
    }

    private mutating func promoteFully() {
        // Argo's promoteFull skips analysis entirely: every run is cancelled (rollout/analysis.go).
        for slot in AnalysisRunSlot.allCases { endRun(slot) }
        pauseConditions = []
        switch spec.strategy {
        case .canary(let canary):
            let skipped = canary.steps.count - stepIndex
            record(.promoted(full: true, detail: "skipped \(skipped) remaining step\(skipped == 1 ? "" : "s")"))
            stepIndex = canary.steps.count
            canaryWeight = 100
            complete()
        case .blueGreen(let blueGreen):
            record(.promoted(full: true, detail: "skipped the remaining analysis"))
            if switchedAt == nil {
                switchedAt = now
                record(.switchedActive(to: target.newVersion))
            }
            complete()
            scaleDownAt = max(now, (switchedAt ?? now) + blueGreen.effectiveScaleDownDelaySeconds)
        }
    }

    private mutating func promoteCanary(_ canary: CanaryStrategy) throws(SandboxError) {
        let step = stepIndex + 1
        guard !pauseConditions.isEmpty else {
            guard let index = current[.step], !analysisRuns[index].phase.isCompleted else {
                throw SandboxError("the rollout of \(target) is not paused; there is nothing to promote", hint: "rollout promote --full skips every remaining step")
            }
            endRun(.step)
            stepIndex += 1
            record(.promoted(full: false, detail: "skipped the analysis of step \(step)"))
            return
        }
        var done: [String] = []
        if pauseConditions.contains(where: { $0.reason == .inconclusiveAnalysis }) {
            if runPhase(.step) == .inconclusive {
                current[.step] = nil
                stepIndex += 1
                done.append("skipped the inconclusive analysis of step \(step)")
            }
            if runPhase(.background) == .inconclusive {
                current[.background] = nil
                done.append("restarted the inconclusive background analysis")
            }
        }
        if pauseConditions.contains(where: { $0.reason == .canaryPauseStep }) {
            stepIndex += 1
            done.append("ended the pause of step \(step)")
        }
        pauseConditions = []
        record(.promoted(full: false, detail: done.joined(separator: "; ")))
    }

    private mutating func promoteBlueGreen(_ blueGreen: BlueGreenStrategy) throws(SandboxError) {
        guard !pauseConditions.isEmpty else {
            let waiting = runPhase(.prePromotion).map { "its pre-promotion analysis is \($0)" }
                ?? runPhase(.postPromotion).map { "its post-promotion analysis is \($0)" } ?? "it is switching"
            throw SandboxError(
                "the rollout of \(target) is not paused (\(waiting)); there is nothing to promote",
                hint: "rollout promote --full skips the analysis")
        }
        var done: [String] = []
        for slot in [AnalysisRunSlot.prePromotion, .postPromotion] where runPhase(slot) == .inconclusive {
            current[slot] = nil
            done.append("restarted the inconclusive \(slot == .prePromotion ? "pre" : "post")-promotion analysis")
            if slot == .postPromotion, let post = blueGreen.postPromotionAnalysis {
                startRun(.postPromotion, kind: .postPromotion, reference: post)
            }
        }
        if pauseConditions.contains(where: { $0.reason == .blueGreenPause }) { done.append("ended the pause before the switch") }
        pauseConditions = []
        record(.promoted(full: false, detail: done.joined(separator: "; ")))
    }
}
