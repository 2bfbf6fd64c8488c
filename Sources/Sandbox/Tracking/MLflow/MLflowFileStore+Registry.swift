extension MLflowFileStore {
    /// The `source` MLflow records for a version made from `path` in run `runID`: a `runs:/` URI,
    /// which MLflow resolves to that run's artifact folder.
    static func versionSource(runID: String, path: String) -> String {
        "runs:/\(runID)/\(path)"
    }

    /// `models/<name>/`: `meta.yaml`, `tags/`, `aliases/<alias>` holding a version number, and a
    /// `version-<n>/` folder per version.
    ///
    /// MLflow also writes the aliases into the model's `meta.yaml`, but reads them only from
    /// `aliases/`, so they are written once, there. The alias audit trail has no place in MLflow.
    func writeModel(_ model: RegisteredModel, into tree: inout MLflowTree) throws(SandboxError) {
        try MLflowNames.modelName(model.name)
        let folder = ["models", model.name]
        let owner = "model '\(model.name)'"
        let lastUpdate = ([model.createdAt] + model.versions.map(\.createdAt) + model.audit.map(\.at)).max() ?? model.createdAt
        try tree.file(folder + ["meta.yaml"], text: MLflowYAML.document([
            ("creation_timestamp", .int(model.createdAt)),
            ("description", .null),
            ("last_updated_timestamp", .int(lastUpdate)),
            ("name", .string(model.name)),
        ]))
        try writeTags(model.tags, of: owner, under: folder + ["tags"], into: &tree)
        for version in model.versions {
            try writeVersion(version, of: model.name, into: &tree)
        }
        for (alias, number) in model.aliases.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            try MLflowNames.alias(alias, of: model.name)
            guard model.version(number) != nil else {
                throw SandboxError("cannot export \(owner) to MLflow: alias '\(alias)' points at version \(number), which it does not have")
            }
            try tree.file(folder + ["aliases", alias], text: String(number))
        }
    }

    /// `models/<name>/version-<n>/`: the fields `FileModelVersion` reads, and its tags.
    private func writeVersion(_ version: ModelVersion, of model: String, into tree: inout MLflowTree) throws(SandboxError) {
        let owner = "version \(version.version) of '\(model)'"
        try MLflowNames.runID(version.runID, of: owner)
        _ = try MLflowNames.artifactPath(version.source, of: owner)
        let folder = ["models", model, "version-\(version.version)"]
        let source = Self.versionSource(runID: version.runID, path: version.source)
        try tree.file(folder + ["meta.yaml"], text: MLflowYAML.document([
            ("creation_timestamp", .int(version.createdAt)),
            ("current_stage", .string("None")),
            ("description", .null),
            ("last_updated_timestamp", .int(version.createdAt)),
            ("name", .string(model)),
            ("run_id", .string(version.runID)),
            ("run_link", .null),
            ("source", .string(source)),
            ("status", .string("READY")),
            ("status_message", .null),
            ("storage_location", .string(source)),
            ("user_id", .null),
            ("version", .int(Int64(version.version))),
        ]))
        try writeTags(version.tags, of: owner, under: folder + ["tags"], into: &tree)
    }

    private func writeTags(_ tags: [String: String], of owner: String, under folder: [String], into tree: inout MLflowTree)
        throws(SandboxError)
    {
        for (key, value) in tags.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            try tree.file(folder + MLflowNames.key(key, kind: "tag", of: owner), text: value)
        }
    }
}
