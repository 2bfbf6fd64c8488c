/// Every rollout of a sandbox, oldest first, and the commands the CLI calls on them: start, promote,
/// abort, undo and replay. One rollout per model may be in progress at a time.
public struct RolloutHistory: Sendable, Equatable {
    /// Every rollout, oldest first; a rollout's number is its position plus one.
    public private(set) var rollouts: [RolloutState] = []

    /// The host's measure function for rollouts: which rollout asks, its query, and the time.
    public typealias Measure = (_ target: RolloutTarget, _ query: Expression, _ time: Int64) -> Result<Double, MeasurementError>

    /// Creates an empty history.
    public init() {}

    /// The latest rollout of `model`, with its number.
    public func latest(of model: String) -> (number: Int, state: RolloutState)? {
        guard let index = rollouts.lastIndex(where: { $0.target.model == model }) else { return nil }
        return (index + 1, rollouts[index])
    }

    /// The stable versions of `model` in the order they became stable: the version the first rollout
    /// started from, then each version a rollout completed.
    public func stableVersions(of model: String) -> [Int] {
        var versions: [Int] = []
        for rollout in rollouts where rollout.target.model == model {
            if versions.isEmpty { versions.append(rollout.target.stableVersion) }
            if rollout.phase == .healthy { versions.append(rollout.target.newVersion) }
        }
        return versions
    }

    /// Starts rolling `spec.model` from version `stable` to `version` at `time`, and settles what
    /// happens at once; returns the rollout's number.
    public mutating func start(
        _ spec: RolloutSpec, from stable: Int, to version: Int, at time: Int64, measure: Measure
    ) throws(SandboxError) -> Int {
        if let (number, running) = latest(of: spec.model), running.phase.isInProgress {
            throw SandboxError(
                "rollout \(number) of \(running.target) is \(running.phase); one rollout per model at a time",
                hint: "promote it (rollout promote) or abort it (rollout abort) first")
        }
        guard version != stable else { throw SandboxError("\(spec.model) v\(version) is already the stable version") }
        if let known = stableVersions(of: spec.model).last, known != stable {
            throw SandboxError("the stable version of \(spec.model) is v\(known), not v\(stable)")
        }
        let target = RolloutTarget(model: spec.model, stableVersion: stable, newVersion: version)
        var state = RolloutState(spec: spec, target: target, at: time)
        try state.advance(to: time) { measure(target, $0, $1) }
        rollouts.append(state)
        return rollouts.count
    }

    /// Moves every rollout to `time` (events of finished ones, such as a scale-down, included), so
    /// the next command acts at `time`.
    public mutating func advance(to time: Int64, measure: Measure) throws(SandboxError) {
        var moved = rollouts
        for index in moved.indices where moved[index].now < time {
            let target = moved[index].target
            try moved[index].advance(to: time) { measure(target, $0, $1) }
        }
        rollouts = moved
    }

    /// `rollout promote [--full]` on the rollout of `model` in progress.
    public mutating func promote(_ model: String, full: Bool, measure: Measure) throws(SandboxError) {
        try change(model) { (state: inout RolloutState) throws(SandboxError) in
            try state.promote(full: full)
            let target = state.target
            try state.advance(to: state.now) { measure(target, $0, $1) }
        }
    }

    /// `rollout abort` on the rollout of `model` in progress.
    public mutating func abort(_ model: String) throws(SandboxError) {
        try change(model) { (state: inout RolloutState) throws(SandboxError) in try state.abort() }
    }

    /// `rollout undo`: starts a new rollout of `model` back to the version that was stable before the
    /// current one, with the latest rollout's spec (Argo's undo runs the strategy again).
    public mutating func undo(_ model: String, at time: Int64, measure: Measure) throws(SandboxError) -> Int {
        guard let (_, last) = latest(of: model) else { throw SandboxError("\(model) has no rollout to undo") }
        let stables = stableVersions(of: model)
        guard stables.count >= 2, let current = stables.last else {
            throw SandboxError("\(model) has no earlier stable version to go back to (stable: v\(stables.last ?? last.target.stableVersion))")
        }
        return try start(last.spec, from: current, to: stables[stables.count - 2], at: time, measure: measure)
    }

    /// The analysis run `id`, written `ROLLOUT.RUN` (`2.1`: the first run of rollout 2).
    public func analysisRun(_ id: String) throws(SandboxError) -> AnalysisRun {
        let parts = id.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let rollout = Int(parts[0]), let run = Int(parts[1]) else {
            throw SandboxError("'\(id)' is not an analysis run id", hint: "write ROLLOUT.RUN, such as 2.1")
        }
        guard rollouts.indices.contains(rollout - 1) else {
            throw SandboxError("there is no rollout \(rollout); there are \(rollouts.count)")
        }
        let runs = rollouts[rollout - 1].analysisRuns
        guard runs.indices.contains(run - 1) else {
            throw SandboxError("rollout \(rollout) has no analysis run \(run); it has \(runs.count)")
        }
        return runs[run - 1]
    }

    /// `rollout replay ID --set KEY=VALUE`: the run's recorded values judged under changed settings.
    public func replay(_ id: String, settings: [String: String]) throws(SandboxError) -> AnalysisRun {
        let run = try analysisRun(id)
        return run.rejudged(with: try AnalysisSettings.apply(settings, to: run.metrics))
    }

    private mutating func change(_ model: String, _ body: (inout RolloutState) throws(SandboxError) -> Void) throws(SandboxError) {
        guard let (number, state) = latest(of: model) else { throw SandboxError("\(model) has no rollout") }
        guard state.phase.isInProgress else {
            throw SandboxError("rollout \(number) of \(state.target) is \(state.phase); no rollout of \(model) is in progress")
        }
        var changed = state
        try body(&changed)
        rollouts[number - 1] = changed
    }
}
