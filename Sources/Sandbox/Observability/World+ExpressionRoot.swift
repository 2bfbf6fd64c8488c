import Values

extension World {
    /// The tree expressions read in the sandbox (alert rules, rollout queries, lab checks): the
    /// world's state as values, a function of the world alone.
    ///
    /// | field | what |
    /// |---|---|
    /// | `now` | virtual now, seconds since 1970 |
    /// | `datasets` | current datasets by name: name, version, rows, columns, origin.kind, parents |
    /// | `runs` | tracked runs, oldest first: id, name, experiment, status, params, metrics (latest), tags |
    /// | `pipelines` | pipeline runs, oldest first: `run` (as in `runs`) and `steps` (id, uses, status) |
    /// | `models` | registered models by name: versions (with their run's metrics), aliases, audit |
    /// | `serving` | model, route, deployed versions (role, replicas, faults), shadow, requests |
    /// | `alerts` | rules with their state, and the history of changes |
    /// | `drift` | `injections`: id, kind, feature, magnitude, strength now |
    /// | `rollouts` | rollouts, oldest first: model, versions, phase, canaryWeight, message, analysisRuns |
    /// | `ct` | `policies` (name, trigger, pipeline, rollout, lastTriggered) and `history` (policy, at, reason, run, version, rollout, problem) |
    public var expressionRoot: Value {
        .object([
            "now": .int(Int(now)),
            "datasets": .list(datasets.current.map { $0.value(dataset: artifacts.dataset($0.hash)) }),
            "runs": .list(tracking.runs.map(\.value)),
            "pipelines": .list(pipelineRuns.map(\.value)),
            "models": .object(registry.models.map { Value.Field($0.name, $0.value(runs: tracking)) }),
            "serving": serving.value,
            "alerts": monitoring.alerts.value,
            "drift": .object(["injections": .list(injections.list.map { $0.value(at: now) })]),
            "rollouts": .list(rollouts.rollouts.map(\.value)),
            "ct": .object(["policies": .list(policies.map(\.value)), "history": .list(trainingEvents.map(\.value))]),
        ])
    }

    /// The part of the tree that alert rules and rollout queries read every simulated minute:
    /// `now` and `serving` (the metric functions do the rest). Building the whole tree each tick
    /// would cost more than serving the tick.
    var liveRoot: Value {
        .object(["now": .int(Int(now)), "serving": serving.value])
    }
}
