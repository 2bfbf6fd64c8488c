/// One thing that happened to a rollout, at a virtual time: its history line.
public struct RolloutEvent: Sendable, Equatable, CustomStringConvertible {
    /// What happened.
    public enum Kind: Sendable, Equatable {
        /// The rollout began, with its strategy's name.
        case started(strategy: String)
        /// The canary weight changed.
        case setWeight(Int)
        /// The rollout paused; `until` when it resumes on its own.
        case paused(PauseReason, until: Int64?)
        /// A pause ended on its own (`pause step ended`, `autoPromotionSeconds passed`).
        case resumed(String)
        /// An analysis run began.
        case analysisStarted(AnalysisRunKind, templates: [String])
        /// An analysis run ended, with why when it did not pass.
        case analysisFinished(AnalysisRunKind, AnalysisPhase, explanation: String?)
        /// A person promoted the rollout; `full` skips what is left; `detail` says what it did.
        case promoted(full: Bool, detail: String)
        /// Blue/green: the active service now sends live traffic to this version.
        case switchedActive(to: Int)
        /// The rollout aborted, with Argo's message.
        case aborted(String)
        /// The new version is stable.
        case completed(version: Int)
        /// This version's replicas went away.
        case scaledDown(version: Int)
    }

    /// Virtual time, in seconds.
    public var time: Int64
    /// What happened.
    public var kind: Kind

    /// Creates an event.
    public init(time: Int64, kind: Kind) {
        self.time = time
        self.kind = kind
    }

    /// The history line, without the time.
    public var description: String {
        switch kind {
        case .started(let strategy): "started (\(strategy))"
        case .setWeight(let weight): "set canary weight to \(weight)%"
        case .paused(let reason, let until): "paused (\(reason))" + (until.map { " until \($0)" } ?? ", waiting for promote")
        case .resumed(let why): "resumed: \(why)"
        case .analysisStarted(let kind, let templates): "\(kind) started: \(templates.joined(separator: ", "))"
        case .analysisFinished(let kind, let phase, let explanation): "\(kind) \(phase)" + (explanation.map { ": \($0)" } ?? "")
        case .promoted(let full, let detail): (full ? "promoted fully: " : "promoted: ") + detail
        case .switchedActive(let version): "active service switched to v\(version)"
        case .aborted(let message): "aborted: \(message)"
        case .completed(let version): "completed: v\(version) is stable"
        case .scaledDown(let version): "scaled down v\(version)"
        }
    }
}
