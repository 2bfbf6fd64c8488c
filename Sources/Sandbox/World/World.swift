import Modeling
import Stats

/// The whole simulated MLOps world of one sandbox: its clock, datasets, artifacts, tracked runs,
/// model registry and pipeline cache.
///
/// A value: a command works on a copy and the caller keeps the copy only when the command
/// succeeds, so a failed command changes nothing. Nothing here reads the wall clock or global
/// randomness; the seed and the sequence of changes determine the state exactly.
public struct World: Sendable {
    /// Where virtual time starts: 2026-01-01T00:00:00Z, in seconds since the epoch.
    public static let startTime: Int64 = 1_767_225_600

    /// The seed every random stream derives from.
    public let seed: UInt64
    /// Virtual now, seconds since the epoch.
    public internal(set) var now: Int64
    /// Named datasets.
    public var datasets = DatasetCatalog()
    /// Datasets, models and reports by content hash.
    public var artifacts = ArtifactStore()
    /// Experiments and runs.
    public var tracking = TrackingStore()
    /// Registered models, versions and aliases.
    public var registry = ModelRegistry()
    /// Completed pipeline steps by fingerprint.
    public var stepCache = StepCache()
    /// Every pipeline run with its steps, oldest first.
    public var pipelineRuns: [PipelineRunResult] = []
    /// What is deployed and how traffic reaches it.
    public var serving = ServingState()
    /// Metrics, alerts, served rows and arrived labels.
    public var monitoring = ServingMonitor()
    /// Drift injected into live traffic.
    public var injections: DriftInjectionSet
    /// Every rollout, oldest first.
    public var rollouts = RolloutHistory()
    /// Continuous-training policies.
    public var policies: [TrainingPolicy] = []
    /// What the policies did, oldest first.
    public var trainingEvents: [TrainingEvent] = []

    /// Creates an empty world at the start of virtual time.
    public init(seed: UInt64) {
        self.seed = seed
        self.now = Self.startTime
        self.injections = DriftInjectionSet(seed: seed)
    }

    /// Virtual now in milliseconds, as tracking records times.
    public var nowMilliseconds: Int64 { now * 1_000 }

    /// A random stream for `name`: the same seed and name give the same numbers, whatever else ran.
    public func stream(_ name: String) -> SeededGenerator {
        SeededGenerator(seed: seed, stream: name)
    }

    /// Moves virtual time forward by `seconds` (at most a year at a time).
    public mutating func advance(seconds: Int64) throws(SandboxError) {
        guard seconds >= 0 else { throw SandboxError("time only moves forward; got \(seconds) seconds") }
        guard seconds <= 366 * 86_400 else {
            throw SandboxError("the clock moves at most 366 days at a time; got \(seconds / 86_400) days")
        }
        now += seconds
    }
}
