/// One rollout of a model from its stable version to a new one, decided step by step as Argo
/// Rollouts decides (docs/rollouts.md): canary steps or blue/green, pauses, analysis runs, promote
/// and abort.
///
/// A value with no clock and no knowledge of serving: `advance(to:measure:)` moves it through virtual
/// time, taking measurements through the host's function, and `traffic` says what serving should do.
public struct RolloutState: Sendable, Equatable {
    /// What the rollout does.
    public let spec: RolloutSpec
    /// The model and versions.
    public let target: RolloutTarget
    /// Virtual time, in seconds, when it started.
    public let startedAt: Int64
    /// Virtual time the rollout has been advanced to.
    public internal(set) var now: Int64
    /// Everything that happened, oldest first.
    public internal(set) var events: [RolloutEvent] = []
    /// Every analysis run, in the order started (finished ones too).
    public internal(set) var analysisRuns: [AnalysisRun] = []
    /// Why it is paused; empty when it is not.
    public internal(set) var pauseConditions: [PauseCondition] = []
    /// Canary: the index of the current step (`steps.count` once every step is done).
    public internal(set) var stepIndex = 0
    /// Canary: the share of live traffic the new version gets, in percent.
    public internal(set) var canaryWeight = 0
    /// Why it aborted, in Argo's words, when it did.
    public internal(set) var message: String?
    /// When it ended (completed or aborted).
    public internal(set) var finishedAt: Int64?
    /// Blue/green: when the active service switched to the new version.
    public internal(set) var switchedAt: Int64?
    /// Blue/green: when the old version's replicas go (or went) away.
    public internal(set) var scaleDownAt: Int64?

    var isAborted = false
    var isCompleted = false
    var oldVersionScaledDown = false
    /// Indices in `analysisRuns` of the runs still in use, by what they are for.
    var current: [AnalysisRunSlot: Int] = [:]

    /// The most events one `advance` may process before it refuses (advance in smaller steps): a
    /// day of one-second measurements fits, a year of one-minute measurements does not.
    public static let maximumEventsPerAdvance = 250_000

    /// Starts a rollout at `time`; nothing happens until `advance(to:measure:)` settles it.
    public init(spec: RolloutSpec, target: RolloutTarget, at time: Int64) {
        self.spec = spec
        self.target = target
        self.startedAt = time
        self.now = time
        events.append(RolloutEvent(time: time, kind: .started(strategy: spec.strategy.name)))
        if case .blueGreen(let blueGreen) = spec.strategy, !blueGreen.autoPromotionEnabled {
            // Argo pauses before the switch as soon as the new version is ready (rollout/bluegreen.go
            // `reconcileBlueGreenPause`); autoPromotionSeconds counts from then.
            pause(.blueGreenPause, until: blueGreen.autoPromotionSeconds.map { time + $0 })
        }
    }

    /// Healthy, Degraded, Paused or Progressing, in Argo's order of precedence.
    public var phase: RolloutPhase {
        if isAborted { return .degraded }
        if isCompleted { return .healthy }
        return pauseConditions.isEmpty ? .progressing : .paused
    }

    /// The live traffic the rollout wants now.
    public var traffic: TrafficSplit {
        switch spec.strategy {
        case .canary:
            if isCompleted { return .single(version: target.newVersion) }
            return .canary(stable: target.stableVersion, canary: target.newVersion, canaryWeight: canaryWeight)
        case .blueGreen:
            if isCompleted { return .single(version: target.newVersion) }
            let active = switchedAt != nil && !isAborted ? target.newVersion : target.stableVersion
            return .blueGreen(active: active, preview: target.newVersion)
        }
    }

    /// The versions that have replicas running now: both while the rollout runs; after a blue/green
    /// switch the old one until `scaleDownAt`; only the stable one after an abort.
    public var versionsWithReplicas: [Int] {
        if isAborted { return [target.stableVersion] }
        if isCompleted, case .canary = spec.strategy { return [target.newVersion] }
        if isCompleted, oldVersionScaledDown { return [target.newVersion] }
        return [target.stableVersion, target.newVersion]
    }

    /// The analysis run in use for `slot`, if any.
    public func currentRun(_ slot: AnalysisRunSlot) -> AnalysisRun? {
        current[slot].map { analysisRuns[$0] }
    }

    /// What the rollout does next and when, for `rollout status`: the earliest time something is due.
    public var nextEventTime: Int64? {
        var times = current.values.compactMap { analysisRuns[$0].nextMeasurementTime }
        times += pauseConditions.compactMap(\.until)
        times += blueGreenDueTimes
        return times.min()
    }

    mutating func pause(_ reason: PauseReason, until: Int64? = nil) {
        guard !pauseConditions.contains(where: { $0.reason == reason }) else { return }
        pauseConditions.append(PauseCondition(reason: reason, startedAt: now, until: until))
        events.append(RolloutEvent(time: now, kind: .paused(reason, until: until)))
    }

    mutating func record(_ kind: RolloutEvent.Kind) {
        events.append(RolloutEvent(time: now, kind: kind))
    }
}

/// What an analysis run in use is for; a rollout has at most one run per slot at a time.
public enum AnalysisRunSlot: Sendable, Equatable, Hashable, CaseIterable {
    /// The canary's background analysis.
    case background
    /// The blocking analysis of the current canary step.
    case step
    /// Blue/green before the switch.
    case prePromotion
    /// Blue/green after the switch.
    case postPromotion
}
