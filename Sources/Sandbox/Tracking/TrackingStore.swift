/// Experiments and their runs, in creation order.
public struct TrackingStore: Sendable, Equatable {
    /// The most runs a sandbox keeps.
    public static let maximumRuns = 10_000

    /// Experiments in creation order.
    public private(set) var experiments: [Experiment] = []
    /// Runs in creation order.
    public private(set) var runs: [TrackedRun] = []

    /// Creates an empty store.
    public init() {}

    /// The run with `id`, or one whose id starts with `id` when that prefix is unambiguous (at least 4 characters).
    public func run(_ id: String) throws(SandboxError) -> TrackedRun {
        if let exact = runs.first(where: { $0.id == id || $0.name == id }) { return exact }
        let matches = id.count >= 4 ? runs.filter { $0.id.hasPrefix(id) } : []
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw SandboxError("'\(id)' matches \(matches.count) runs", hint: "give more characters of the run id")
        }
        throw SandboxError("no run '\(id)'", hint: runs.isEmpty ? "run a pipeline first: pipeline run FILE" : "see 'runs list'")
    }

    /// The experiment called `name`, created at `time` if new.
    @discardableResult
    public mutating func experiment(named name: String, at time: Int64) -> Experiment {
        if let existing = experiments.first(where: { $0.name == name }) { return existing }
        let created = Experiment(id: experiments.count + 1, name: name, createdAt: time)
        experiments.append(created)
        return created
    }

    /// Adds a finished or failed run.
    public mutating func add(_ run: TrackedRun) throws(SandboxError) {
        guard runs.count < Self.maximumRuns else {
            throw SandboxError("the sandbox holds \(Self.maximumRuns) runs, the most it keeps", hint: "start a fresh sandbox")
        }
        experiment(named: run.experiment, at: run.startTime)
        runs.append(run)
    }

    /// Runs of `experiment` (all when nil), in creation order.
    public func runs(in experiment: String?) -> [TrackedRun] {
        guard let experiment else { return runs }
        return runs.filter { $0.experiment == experiment }
    }
}
