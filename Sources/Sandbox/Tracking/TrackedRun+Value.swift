import Values

extension TrackedRun {
    /// The run as `runs show --json` and expressions show it: params as text, the latest value
    /// of each metric, tags, artifacts and lineage.
    public var value: Value {
        .object([
            "id": .string(id), "name": .string(name), "experiment": .string(experiment),
            "status": .string(status.rawValue), "startTime": .int(Int(startTime)), "endTime": .int(Int(endTime)),
            "params": .object(params.map { Value.Field($0.key, .string($0.value)) }),
            "metrics": .object(latestMetrics.map { Value.Field($0.key, .double($0.value)) }),
            "tags": .object(tags.keys.sorted().map { Value.Field($0, .string(tags[$0] ?? "")) }),
            "artifacts": .list(artifacts.map { .object(["path": .string($0.path), "kind": .string($0.kind), "hash": .string($0.hash)]) }),
            "lineage": .object([
                "inputDatasets": .list(lineage.inputDatasets.map(Value.string)),
                "parentRun": lineage.parentRunID.map(Value.string) ?? .null,
                "pipelineHash": lineage.pipelineHash.map(Value.string) ?? .null,
            ]),
        ])
    }
}
