extension MLflowFileStore {
    /// MLflow's `RunStatus` numbers, which the file store keeps in `meta.yaml` instead of the names.
    static func statusNumber(_ status: RunStatus) -> Int64 {
        switch status {
        case .finished: return 3
        case .failed: return 4
        }
    }

    /// `<experiment>/<run id>/`: `meta.yaml`, one file per param, metric and tag, and the artifacts.
    func writeRun(
        _ run: TrackedRun, experimentID: String, artifactBytes: (RunArtifact) -> [UInt8]?, into tree: inout MLflowTree
    ) throws(SandboxError) {
        try MLflowNames.runID(run.id, of: run.name)
        let folder = [experimentID, run.id]
        // MLflow skips a run folder that lacks any of the first three, even an empty one.
        for name in ["metrics", "params", "artifacts", "tags"] {
            try tree.directory(folder + [name])
        }
        try tree.file(folder + ["meta.yaml"], text: runMeta(run, experimentID: experimentID))
        let owner = "run '\(run.name)'"
        try writeParams(run.params, of: owner, under: folder + ["params"], into: &tree)
        try writeMetrics(run.metrics, of: owner, under: folder + ["metrics"], into: &tree)
        for (key, value) in try MLflowRunTags.tags(of: run) {
            try tree.file(folder + ["tags"] + MLflowNames.key(key, kind: "tag", of: owner), text: value)
        }
        for artifact in run.artifacts {
            let path = try MLflowNames.artifactPath(artifact.path, of: owner)
            guard let bytes = artifactBytes(artifact) else {
                throw SandboxError(
                    "cannot export \(owner) to MLflow: the sandbox no longer holds its artifact '\(artifact.path)' (\(artifact.hash))",
                    hint: "re-run the pipeline to produce it again")
            }
            try tree.file(folder + ["artifacts"] + path, bytes)
        }
    }

    /// The fields `_make_persisted_run_info_dict` writes: status as a number, source fields
    /// empty, `tags` an empty list, and `run_uuid` beside `run_id` for MLflow 2 readers.
    private func runMeta(_ run: TrackedRun, experimentID: String) -> String {
        MLflowYAML.document([
            ("artifact_uri", .string(MLflowFileURI.uri(root: root, [experimentID, run.id, "artifacts"]))),
            ("end_time", .int(run.endTime)),
            ("entry_point_name", .string("")),
            ("experiment_id", .string(experimentID)),
            ("lifecycle_stage", .string("active")),
            ("run_id", .string(run.id)),
            ("run_name", .string(run.name)),
            ("run_uuid", .string(run.id)),
            ("source_name", .string("")),
            ("source_type", .int(4)),  // SourceType.LOCAL
            ("source_version", .string("")),
            ("start_time", .int(run.startTime)),
            ("status", .int(Self.statusNumber(run.status))),
            ("tags", .emptyList),
            ("user_id", .string(Self.user)),
        ])
    }

    /// `params/<key>`: the value, no newline. A key logged twice must keep its value, as in MLflow.
    private func writeParams(_ params: [RunParam], of owner: String, under folder: [String], into tree: inout MLflowTree)
        throws(SandboxError)
    {
        var written: [String: String] = [:]
        for param in params {
            let path = try MLflowNames.key(param.key, kind: "param", of: owner)
            if let earlier = written[param.key] {
                guard earlier == param.value else {
                    throw SandboxError(
                        "cannot export \(owner) to MLflow: param '\(param.key)' was logged as '\(earlier)' and then '\(param.value)'",
                        hint: "MLflow keeps one value per param")
                }
                continue
            }
            written[param.key] = param.value
            try tree.file(folder + path, text: param.value)
        }
    }

    /// `metrics/<key>`: one `timestamp value step` line per measurement, in the order logged,
    /// as `_log_run_metric` appends them.
    private func writeMetrics(_ metrics: [RunMetric], of owner: String, under folder: [String], into tree: inout MLflowTree)
        throws(SandboxError)
    {
        var order: [String] = []
        var lines: [String: String] = [:]
        for metric in metrics {
            if lines[metric.key] == nil { order.append(metric.key) }
            lines[metric.key, default: ""] += "\(metric.timestamp) \(metric.value) \(metric.step)\n"
        }
        for key in order {
            try tree.file(folder + MLflowNames.key(key, kind: "metric", of: owner), text: lines[key] ?? "")
        }
    }
}
