import Values

/// What MLflow should read back from an export, built from the sandbox's own values and not from
/// the files, so that reading the export with MLflow (`scripts/mlflow/check-export.py`) checks it.
public enum MLflowManifest {
    /// The expectation as JSON-ready values: experiments with their runs (id, name, status,
    /// times, params, latest metrics, full metric histories, tags, lineage, artifact sizes) and
    /// registered models with their versions, tags and aliases.
    public static func expected(
        tracking: TrackingStore, registry: ModelRegistry, artifactBytes: (RunArtifact) -> [UInt8]?
    ) -> Value {
        let experiments = tracking.experiments.map { experiment in
            Value.object([
                "id": .string(String(experiment.id)),
                "name": .string(experiment.name),
                "runs": .list(tracking.runs(in: experiment.name).map { run(of: $0, artifactBytes: artifactBytes) }),
            ])
        }
        return .object([
            "format": "mlops-lab mlflow export manifest",
            "formatVersion": 1,
            "user": .string(MLflowFileStore.user),
            "experiments": .list(experiments),
            "registeredModels": .list(registry.models.map(model)),
        ])
    }

    private static func run(of run: TrackedRun, artifactBytes: (RunArtifact) -> [UInt8]?) -> Value {
        var params: [Value.Field] = []
        for param in run.params where !params.contains(where: { $0.name == param.key }) {
            params.append(Value.Field(param.key, .string(param.value)))
        }
        let keys = run.metrics.reduce(into: [String]()) { keys, metric in
            if !keys.contains(metric.key) { keys.append(metric.key) }
        }
        let histories = keys.map { key in run.metrics.filter { $0.key == key } }
        let artifacts = run.artifacts.map { artifact in
            Value.object(["path": .string(artifact.path), "size": artifactBytes(artifact).map { .int($0.count) } ?? .null])
        }
        return .object([
            "id": .string(run.id),
            "name": .string(run.name),
            "status": .string(run.status.rawValue),
            "startTime": .int(Int(run.startTime)),
            "endTime": .int(Int(run.endTime)),
            "params": .object(params),
            "metrics": .object(zip(keys, histories).compactMap { key, history in latest(history).map { Value.Field(key, .double($0.value)) } }),
            "metricHistory": .object(zip(keys, histories).map { key, history in Value.Field(key, .list(history.map(point))) }),
            "tags": sortedObject(run.tags),
            "lineage": .object([
                "parentRunId": .optional(run.lineage.parentRunID),
                "pipelineSha256": .optional(run.lineage.pipelineHash),
                "inputDatasets": .list(run.lineage.inputDatasets.map(Value.string)),
            ]),
            "artifacts": .list(artifacts),
        ])
    }

    /// The measurement MLflow reports as a metric's value: the greatest `(step, timestamp, value)`,
    /// as `FileStore._get_metric_from_file` picks it.
    static func latest(_ history: [RunMetric]) -> RunMetric? {
        history.max { left, right in
            (left.step, left.timestamp, left.value) < (right.step, right.timestamp, right.value)
        }
    }

    private static func point(_ metric: RunMetric) -> Value {
        .object(["step": .int(metric.step), "value": .double(metric.value), "timestamp": .int(Int(metric.timestamp))])
    }

    private static func model(_ model: RegisteredModel) -> Value {
        let versions = model.versions.map { version in
            Value.object([
                "version": .int(version.version),
                "runId": .string(version.runID),
                "source": .string("runs:/\(version.runID)/\(version.source)"),
                "status": "READY",
                "tags": sortedObject(version.tags),
            ])
        }
        let aliases = model.aliases.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        return .object([
            "name": .string(model.name),
            "tags": sortedObject(model.tags),
            "versions": .list(versions),
            "aliases": .object(aliases.map { Value.Field($0.key, .int($0.value)) }),
        ])
    }

    private static func sortedObject(_ pairs: [String: String]) -> Value {
        .object(pairs.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.map { Value.Field($0.key, .string($0.value)) })
    }
}
