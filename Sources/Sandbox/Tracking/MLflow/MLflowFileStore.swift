/// MLflow's file store — the `mlruns/` folder that `mlflow ui --backend-store-uri DIR` and
/// `mlflow.set_tracking_uri("file://DIR")` read — made from the sandbox's runs and registry.
///
/// Each experiment is a folder named by its number with a `meta.yaml`; each run a folder named by
/// its id inside it, with `meta.yaml`, `params/`, `metrics/`, `tags/` and `artifacts/`; the registry
/// lives under `models/`. Layout and fields follow MLflow 3.17's `mlflow/store/tracking/file_store.py`
/// and `mlflow/store/model_registry/file_store.py`. Building the files is pure: the command layer
/// writes them.
public struct MLflowFileStore: Sendable {
    /// The user MLflow records for every run and in its `mlflow.user` tag: MLflow needs one.
    public static let user = "mlops-lab"

    /// The absolute path the store will be written at, without a trailing `/`.
    ///
    /// Artifact locations are `file://` URIs under it: MLflow resolves a relative location against
    /// its own working directory rather than the store, so only absolute ones survive a move of
    /// the reader.
    public let root: String

    /// A store that will sit at `root`, an absolute path with no `.` or `..` part.
    public init(root: String) throws(SandboxError) {
        var trimmed = root
        while trimmed.utf8.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        let parts = trimmed.split(separator: "/")
        guard trimmed.hasPrefix("/"), !trimmed.utf8.contains(0), !parts.contains(where: { $0 == "." || $0 == ".." }) else {
            throw SandboxError(
                "the MLflow export folder must be an absolute path with no '.' or '..' part, not '\(root)'",
                hint: "MLflow's artifact locations are absolute file:// URIs, so the export needs the folder's full path")
        }
        self.root = trimmed
    }

    /// Every folder and file of the store for `tracking` and `registry`; `artifactBytes` gives the
    /// content of each run artifact (nil when the sandbox no longer has it, which is refused).
    public func export(
        tracking: TrackingStore, registry: ModelRegistry, artifactBytes: (RunArtifact) -> [UInt8]?
    ) throws(SandboxError) -> MLflowExport {
        var tree = MLflowTree()
        try tree.directory([".trash"])
        try tree.directory(["models"])
        let firstCreated = tracking.experiments.map(\.createdAt).min() ?? 0
        try writeExperiment(id: "0", name: MLflowNames.defaultExperimentName, createdAt: firstCreated, into: &tree)
        var experimentIDs: [String: String] = [:]
        for experiment in tracking.experiments {
            try MLflowNames.experimentName(experiment.name)
            guard experiment.id > 0 else {
                throw SandboxError("cannot export experiment '\(experiment.name)' to MLflow: its number \(experiment.id) is not positive")
            }
            let id = String(experiment.id)
            try writeExperiment(id: id, name: experiment.name, createdAt: experiment.createdAt, into: &tree)
            experimentIDs[experiment.name] = id
        }
        for run in tracking.runs {
            guard let experimentID = experimentIDs[run.experiment] else {
                throw SandboxError("cannot export run '\(run.name)' to MLflow: its experiment '\(run.experiment)' is not in the store")
            }
            try writeRun(run, experimentID: experimentID, artifactBytes: artifactBytes, into: &tree)
        }
        for model in registry.models {
            try writeModel(model, into: &tree)
        }
        return try tree.export()
    }

    /// `<id>/meta.yaml`, the fields MLflow's `Experiment` reads; the experiment has no tags.
    private func writeExperiment(id: String, name: String, createdAt: Int64, into tree: inout MLflowTree) throws(SandboxError) {
        let meta = MLflowYAML.document([
            ("artifact_location", .string(MLflowFileURI.uri(root: root, [id]))),
            ("creation_time", .int(createdAt)),
            ("experiment_id", .string(id)),
            ("last_update_time", .int(createdAt)),
            ("lifecycle_stage", .string("active")),
            ("name", .string(name)),
        ])
        try tree.file([id, "meta.yaml"], text: meta)
    }
}
