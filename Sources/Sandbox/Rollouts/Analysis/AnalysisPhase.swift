/// Where a measurement, a metric or an analysis run stands: Argo Rollouts' `AnalysisPhase`.
public enum AnalysisPhase: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// Not started: no measurement yet.
    case pending = "Pending"
    /// Measuring.
    case running = "Running"
    /// Passed.
    case successful = "Successful"
    /// Failed: the rollout aborts.
    case failed = "Failed"
    /// Could not be measured or judged: the rollout aborts.
    case error = "Error"
    /// Neither passed nor failed: the rollout pauses for a person to decide.
    case inconclusive = "Inconclusive"

    /// Whether the phase is final (pkg/apis/rollouts/v1alpha1 `AnalysisPhase.Completed`).
    public var isCompleted: Bool {
        switch self {
        case .successful, .failed, .error, .inconclusive: true
        case .pending, .running: false
        }
    }

    /// Best to worst, as Argo ranks completed metrics to pick a run's phase
    /// (utils/analysis/helpers.go `analysisStatusOrder`).
    static let bestToWorst: [AnalysisPhase] = [.successful, .running, .pending, .inconclusive, .error, .failed]

    /// Whether `self` ranks worse than `other` in `bestToWorst` (Argo's `IsWorse`).
    public func isWorse(than other: AnalysisPhase) -> Bool {
        (Self.bestToWorst.firstIndex(of: self) ?? 0) > (Self.bestToWorst.firstIndex(of: other) ?? 0)
    }

    /// The name Argo prints: `Successful`, `Failed`, ….
    public var description: String { rawValue }
}
