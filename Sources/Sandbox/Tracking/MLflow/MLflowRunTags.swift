/// The tags an exported run carries: the ones MLflow's own client sets on a local run, the
/// run's lineage under `mlops-lab.` names, and the run's own tags.
public enum MLflowRunTags {
    /// The run's name; MLflow shows it and falls back to it when `meta.yaml` has none.
    public static let runName = "mlflow.runName"
    /// Who made the run (`MLflowFileStore.user`).
    public static let user = "mlflow.user"
    /// `LOCAL`: a run made on this machine.
    public static let sourceType = "mlflow.source.type"
    /// `mlops-lab`: the program that made the run.
    public static let sourceName = "mlflow.source.name"
    /// The run this one was started from; MLflow's UI nests a run under its parent.
    public static let parentRunID = "mlflow.parentRunId"
    /// SHA-256 of the pipeline file.
    public static let pipelineHash = "mlops-lab.pipeline-sha256"
    /// The content hashes of the datasets the run read, in order, joined by `,`.
    public static let inputDatasets = "mlops-lab.input-datasets"

    /// Every tag of `run`, sorted by key. The run's own tags win over the defaults, except that
    /// `mlflow.runName` must agree with the run's name, as MLflow's `create_run` insists.
    static func tags(of run: TrackedRun) throws(SandboxError) -> [(key: String, value: String)] {
        var tags: [String: String] = [
            runName: run.name, user: MLflowFileStore.user, sourceType: "LOCAL", sourceName: "mlops-lab",
        ]
        if let parent = run.lineage.parentRunID { tags[parentRunID] = parent }
        if let hash = run.lineage.pipelineHash { tags[pipelineHash] = hash }
        if !run.lineage.inputDatasets.isEmpty { tags[inputDatasets] = run.lineage.inputDatasets.joined(separator: ",") }
        for (key, value) in run.tags {
            if key == runName, value != run.name {
                throw SandboxError(
                    "cannot export run '\(run.name)' to MLflow: its tag \(runName) says '\(value)'",
                    hint: "MLflow takes the run's name from that tag; remove the tag or make it match")
            }
            tags[key] = value
        }
        return tags.map { (key: $0.key, value: $0.value) }.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }
}
