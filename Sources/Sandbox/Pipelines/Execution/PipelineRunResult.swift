import Values

/// How one step of a pipeline run ended.
public enum StepStatus: Sendable, Equatable {
    /// It ran and succeeded.
    case ran
    /// An earlier execution with the same fingerprint was reused; `run` executed it.
    case cached(run: String)
    /// It ran and failed; its dependants were skipped.
    case failed(String)
    /// It did not run because a step it needs failed or was skipped.
    case skipped(String)

    /// A short word for tables: ran, cached, failed, skipped.
    public var word: String {
        switch self {
        case .ran: "ran"
        case .cached: "cached"
        case .failed: "failed"
        case .skipped: "skipped"
        }
    }
}

/// One step of a run: what happened, what it produced and what it has to say.
public struct StepExecution: Sendable, Equatable {
    /// The step's id.
    public var id: String
    /// Its kind.
    public var uses: StepKind
    /// How it ended.
    public var status: StepStatus
    /// Output name → content hash.
    public var outputs: [String: String]
    /// Lines worth showing: metrics, anomalies, test results, the gate's values.
    public var notes: [String]
    /// Its fingerprint (the cache key), empty for steps that are never cached.
    public var fingerprint: String
}

/// The result of `pipeline run`: the tracked run and each step's execution.
public struct PipelineRunResult: Sendable, Equatable {
    /// The tracked run.
    public var run: TrackedRun
    /// Steps in execution order.
    public var steps: [StepExecution]
    /// Whether every step ran or was cached.
    public var succeeded: Bool { run.status == .finished }
}
