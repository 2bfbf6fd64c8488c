/// Where a rollout stands, with Argo Rollouts' phase names (utils/rollout `GetRolloutPhase`).
public enum RolloutPhase: String, Sendable, Equatable, CustomStringConvertible {
    /// Moving through its steps or waiting for an analysis.
    case progressing = "Progressing"
    /// Waiting: a pause step, an inconclusive analysis, or a blue/green pause before the switch.
    case paused = "Paused"
    /// Done: the new version is the stable one.
    case healthy = "Healthy"
    /// Aborted: traffic went back to the stable version.
    case degraded = "Degraded"

    /// Whether the rollout can still change on its own or by `promote` and `abort`.
    public var isInProgress: Bool { self == .progressing || self == .paused }

    /// The name Argo prints.
    public var description: String { rawValue }
}

/// Why a rollout is paused: Argo's `PauseReason`.
public enum PauseReason: String, Sendable, Equatable, CustomStringConvertible {
    /// A canary `pause` step.
    case canaryPauseStep = "CanaryPauseStep"
    /// An analysis ended Inconclusive; a person decides with `promote` or `abort`.
    case inconclusiveAnalysis = "InconclusiveAnalysis"
    /// Blue/green with `autoPromotionEnabled: false`, before the switch.
    case blueGreenPause = "BlueGreenPause"

    /// The name Argo prints.
    public var description: String { rawValue }
}

/// One reason a rollout is paused, since when, and until when if it ends on its own.
public struct PauseCondition: Sendable, Equatable {
    /// Why.
    public var reason: PauseReason
    /// Virtual time, in seconds, when it began.
    public var startedAt: Int64
    /// When it ends on its own (a pause step's duration, `autoPromotionSeconds`), or nil.
    public var until: Int64?

    /// Creates a pause condition.
    public init(reason: PauseReason, startedAt: Int64, until: Int64? = nil) {
        self.reason = reason
        self.startedAt = startedAt
        self.until = until
    }
}

/// Which model a rollout moves, and between which versions.
public struct RolloutTarget: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The registered model.
    public var model: String
    /// The version serving before the rollout (and after an abort).
    public var stableVersion: Int
    /// The version being rolled out.
    public var newVersion: Int

    /// Creates a target.
    public init(model: String, stableVersion: Int, newVersion: Int) {
        self.model = model
        self.stableVersion = stableVersion
        self.newVersion = newVersion
    }

    /// `fraud-detector v3 → v4`.
    public var description: String { "\(model) v\(stableVersion) → v\(newVersion)" }
}
