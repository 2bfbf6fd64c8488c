/// The blue/green strategy, one decision at a time (rollout/bluegreen.go, rollout/service.go,
/// docs/features/bluegreen.md "Sequence of Events").
extension RolloutState {
    /// Makes the next blue/green decision at `now`; false when there is none to make.
    mutating func settleBlueGreen(_ blueGreen: BlueGreenStrategy) -> Bool {
        if isCompleted { return scaleDownOldVersionIfDue() }
        guard phase.isInProgress else { return false }
        // Pre-promotion failure aborts before the switch; post-promotion failure switches back.
        if abortOnFailedRun([.prePromotion, .postPromotion]) { return true }
        if pauseOnInconclusiveRun([.prePromotion, .postPromotion]) { return true }
        if let index = pauseConditions.firstIndex(where: { $0.reason == .blueGreenPause }),
            let until = pauseConditions[index].until, until <= now
        {
            pauseConditions.remove(at: index)
            record(.resumed("autoPromotionSeconds (\(blueGreen.autoPromotionSeconds ?? 0)) passed"))
            return true
        }
        guard switchedAt != nil else { return prepareSwitch(blueGreen) }
        return finishAfterSwitch(blueGreen)
    }

    /// Before the switch: pre-promotion analysis runs (alongside any pause); the active service
    /// switches once no pause is left and that analysis is Successful (rollout/service.go
    /// `reconcileActiveService`: `CompletedBlueGreenPause() && completedPrePromotionAnalysis()`).
    private mutating func prepareSwitch(_ blueGreen: BlueGreenStrategy) -> Bool {
        if let pre = blueGreen.prePromotionAnalysis, current[.prePromotion] == nil,
            !pauseConditions.contains(where: { $0.reason == .inconclusiveAnalysis })
        {
            startRun(.prePromotion, kind: .prePromotion, reference: pre)
            return true
        }
        guard pauseConditions.isEmpty else { return false }
        if blueGreen.prePromotionAnalysis != nil, runPhase(.prePromotion) != .successful { return false }
        switchActive(blueGreen)
        return true
    }

    mutating func switchActive(_ blueGreen: BlueGreenStrategy) {
        switchedAt = now
        record(.switchedActive(to: target.newVersion))
        if let post = blueGreen.postPromotionAnalysis {
            startRun(.postPromotion, kind: .postPromotion, reference: post)
        }
    }

    /// After the switch: done when post-promotion analysis passes (or there is none). With
    /// `scaleDownDelaySeconds` written, Argo cancels a post-promotion run still measuring when the
    /// delay ends (docs/features/bluegreen.md, postPromotionAnalysis).
    private mutating func finishAfterSwitch(_ blueGreen: BlueGreenStrategy) -> Bool {
        guard blueGreen.postPromotionAnalysis != nil, let phase = runPhase(.postPromotion) else {
            completeBlueGreen(blueGreen)
            return true
        }
        if phase == .successful {
            completeBlueGreen(blueGreen)
            return true
        }
        if let delay = blueGreen.scaleDownDelaySeconds, let switchedAt, now >= switchedAt + delay, !phase.isCompleted {
            let time = now
            updateRun(.postPromotion) { $0.terminate(at: time) }
            return true
        }
        return false
    }

    /// The new version is stable; the old one keeps its replicas until `scaleDownDelaySeconds` after
    /// the switch, and never before the post-promotion analysis ends.
    private mutating func completeBlueGreen(_ blueGreen: BlueGreenStrategy) {
        complete()
        scaleDownAt = max(now, (switchedAt ?? now) + blueGreen.effectiveScaleDownDelaySeconds)
        _ = scaleDownOldVersionIfDue()
    }

    private mutating func scaleDownOldVersionIfDue() -> Bool {
        guard !oldVersionScaledDown, let scaleDownAt, scaleDownAt <= now else { return false }
        oldVersionScaledDown = true
        record(.scaledDown(version: target.stableVersion))
        return true
    }

    /// Times a blue/green rollout waits for besides measurements and pauses.
    var blueGreenDueTimes: [Int64] {
        guard case .blueGreen(let blueGreen) = spec.strategy else { return [] }
        var times: [Int64] = []
        if isCompleted, !oldVersionScaledDown, let scaleDownAt { times.append(scaleDownAt) }
        if phase.isInProgress, let switchedAt, let delay = blueGreen.scaleDownDelaySeconds,
            let phase = runPhase(.postPromotion), !phase.isCompleted
        {
            times.append(switchedAt + delay)
        }
        return times
    }
}
