/// Moving a rollout through virtual time.
extension RolloutState {
    /// Processes everything due up to `time`, in time order: measurements, pauses that end, steps,
    /// the blue/green switch and scale-down. Everything due at the current time is settled too, so
    /// `advance(to: now, measure:)` applies what a command just started.
    public mutating func advance(to time: Int64, measure: MeasureFunction) throws(SandboxError) {
        try advance(to: time, measure: measure, eventLimit: Self.maximumEventsPerAdvance)
    }

    /// `advance(to:measure:)` with another bound on the events, for tests of the bound.
    mutating func advance(to time: Int64, measure: MeasureFunction, eventLimit: Int) throws(SandboxError) {
        guard time >= now else {
            throw SandboxError("time only moves forward: the rollout is at \(now), not before it (asked for \(time))")
        }
        var processed = 0
        while true {
            settle(measure: measure)
            guard let next = nextEventTime, next <= time, next > now else { break }
            processed += 1
            guard processed <= eventLimit else {
                throw SandboxError(
                    "the rollout has more than \(eventLimit) events before \(time)",
                    hint: "advance the clock in smaller steps")
            }
            now = next
        }
        now = time
    }

    /// Applies everything that can happen at `now`, until nothing more does.
    mutating func settle(measure: MeasureFunction) {
        // Each pass either changes something or stops; a canary step moves at most once per pass.
        let bound = 8 * (RolloutSpec.maximumSteps + 8)
        for _ in 0..<bound {
            takeMeasurements(measure: measure)
            let changed: Bool = switch spec.strategy {
            case .canary(let canary): settleCanary(canary)
            case .blueGreen(let blueGreen): settleBlueGreen(blueGreen)
            }
            if !changed { return }
        }
    }

    /// Takes the measurements due now in every run in use.
    private mutating func takeMeasurements(measure: MeasureFunction) {
        let time = now
        for slot in AnalysisRunSlot.allCases where current[slot] != nil {
            updateRun(slot) { $0.advance(to: time, measure: measure) }
        }
    }

    /// Changes the run in `slot`, recording when it finishes.
    mutating func updateRun(_ slot: AnalysisRunSlot, _ change: (inout AnalysisRun) -> Void) {
        guard let index = current[slot] else { return }
        let wasCompleted = analysisRuns[index].phase.isCompleted
        change(&analysisRuns[index])
        let run = analysisRuns[index]
        if !wasCompleted, run.phase.isCompleted {
            record(.analysisFinished(run.kind, run.phase, explanation: run.explanation))
        }
    }

    /// Starts a run of `reference` in `slot` now.
    mutating func startRun(_ slot: AnalysisRunSlot, kind: AnalysisRunKind, reference: AnalysisReference) {
        let run = AnalysisRun(kind: kind, templates: reference.templates, metrics: spec.metrics(for: reference), startedAt: now)
        analysisRuns.append(run)
        current[slot] = analysisRuns.count - 1
        record(.analysisStarted(kind, templates: reference.templates))
    }

    /// Stops the run in `slot` (if it still measures) and lets go of it.
    mutating func endRun(_ slot: AnalysisRunSlot) {
        let time = now
        updateRun(slot) { $0.terminate(at: time) }
        current[slot] = nil
    }

    /// The phase of the run in `slot`, if one is in use.
    func runPhase(_ slot: AnalysisRunSlot) -> AnalysisPhase? {
        current[slot].map { analysisRuns[$0].phase }
    }

    /// Aborts if a run in use Failed or Errored: true when it did (rollout/analysis.go `AddAbort`).
    mutating func abortOnFailedRun(_ slots: [AnalysisRunSlot]) -> Bool {
        for slot in slots {
            guard let index = current[slot], [.failed, .error].contains(analysisRuns[index].phase) else { continue }
            let run = analysisRuns[index]
            abort(because: run.explanation ?? run.message)
            return true
        }
        return false
    }

    /// Pauses when a run in use is Inconclusive (rollout/analysis.go `PauseReasonInconclusiveAnalysis`).
    mutating func pauseOnInconclusiveRun(_ slots: [AnalysisRunSlot]) -> Bool {
        guard !pauseConditions.contains(where: { $0.reason == .inconclusiveAnalysis }) else { return false }
        guard slots.contains(where: { runPhase($0) == .inconclusive }) else { return false }
        pause(.inconclusiveAnalysis)
        return true
    }

    /// Ends the rollout aborted: every run stops, traffic goes back to the stable version.
    mutating func abort(because reason: String?) {
        for slot in AnalysisRunSlot.allCases where current[slot] != nil { endRun(slot) }
        // Argo: "Rollout aborted update to revision N" and the analysis message (rollout/sync.go).
        let text = "Rollout aborted update to \(target.model) v\(target.newVersion)" + (reason.map { ": \($0)" } ?? "")
        isAborted = true
        canaryWeight = 0
        pauseConditions = []
        message = text
        finishedAt = now
        record(.aborted(text))
    }

    /// Ends the rollout with the new version stable.
    mutating func complete() {
        for slot in AnalysisRunSlot.allCases where current[slot] != nil { endRun(slot) }
        isCompleted = true
        pauseConditions = []
        finishedAt = now
        record(.completed(version: target.newVersion))
    }
}
