import Values

extension RegisteredModel {
    /// The model as `model show --json` shows it: versions (with their aliases), the aliases
    /// object and the audit trail.
    public var value: Value {
        value(runs: nil)
    }

    /// The model with each version's run name, params and latest metrics from `runs` added, as
    /// the expression tree shows it: `models["fraud-detector"].versions[-1].metrics.auc`.
    public func value(runs: TrackingStore?) -> Value {
        .object([
            "name": .string(name), "createdAt": .int(Int(createdAt)),
            "versions": .list(versions.map { version in
                var fields: [Value.Field] = [
                    Value.Field("version", .int(version.version)), Value.Field("run", .string(version.runID)),
                    Value.Field("modelHash", .string(version.modelHash)), Value.Field("source", .string(version.source)),
                    Value.Field("createdAt", .int(Int(version.createdAt))),
                    Value.Field("aliases", .list(aliases(of: version.version).map(Value.string))),
                    Value.Field("tags", .object(version.tags.keys.sorted().map { Value.Field($0, .string(version.tags[$0] ?? "")) })),
                ]
                if let runs, let run = try? runs.run(version.runID) {
                    fields.append(Value.Field("runName", .string(run.name)))
                    fields.append(Value.Field("params", .object(run.params.map { Value.Field($0.key, .string($0.value)) })))
                    fields.append(Value.Field("metrics", .object(run.latestMetrics.map { Value.Field($0.key, .double($0.value)) })))
                }
                return .object(fields)
            }),
            "aliases": .object(aliases.keys.sorted().map { Value.Field($0, .int(aliases[$0] ?? 0)) }),
            "audit": .list(audit.map { move in
                .object([
                    "alias": .string(move.alias), "from": move.from.map { .int($0) } ?? .null, "to": move.to.map { .int($0) } ?? .null,
                    "at": .int(Int(move.at)), "by": .string(move.by),
                ])
            }),
        ])
    }
}
