import Values

extension RolloutState {
    /// The rollout as `rollout show --json` and expressions show it: spec, model, versions, phase,
    /// step, canary weight, Argo's message, analysis runs and events.
    public var value: Value {
        .object([
            "spec": .string(spec.name), "model": .string(target.model), "stable": .int(target.stableVersion),
            "version": .int(target.newVersion), "phase": .string(phase.rawValue), "step": .int(stepIndex),
            "canaryWeight": .int(canaryWeight), "message": message.map(Value.string) ?? .null,
            "analysisRuns": .list(analysisRuns.map(\.value)),
            "events": .list(events.map { .object(["time": .int(Int($0.time)), "event": .string($0.description)]) }),
        ])
    }
}

extension AnalysisRun {
    /// The run: phase, message, templates, and per metric its phase, counts and measured values.
    public var value: Value {
        .object([
            "phase": .string(phase.rawValue), "message": message.map(Value.string) ?? .null, "templates": .list(templates.map(Value.string)),
            "metrics": .list(results.map { result in
                .object([
                    "name": .string(result.name), "phase": .string(result.phase.rawValue), "successful": .int(result.successful),
                    "failed": .int(result.failed), "inconclusive": .int(result.inconclusive), "errors": .int(result.errors),
                    "values": .list(measuredValues(result)),
                ])
            }),
        ])
    }
}

/// Each measurement's value, null where it failed. (A loop: the closure form of this crashed the
/// Swift 6.3 release optimiser's ownership verifier.)
private func measuredValues(_ result: MetricResult) -> [Value] {
    var values: [Value] = []
    for measurement in result.measurements {
        if let value = measurement.value { values.append(.double(value)) } else { values.append(.null) }
    }
    return values
}
