import Sandbox

/// A small tracking store and registry for the MLflow export tests: two experiments, three runs
/// (params, metrics at several steps, tags, an artifact, a failed run with awkward names) and a
/// registered model with two versions and the aliases `champion` and `challenger`, one moved;
/// and a third experiment whose one run is made of the strings YAML and file names find hardest.
enum MLflowSample {
    static let start: Int64 = 1_700_000_000_000
    static let firstRunID = "9f1c2d3e4b5a69788796a5b4c3d2e1f0"
    static let secondRunID = "a0b1c2d3e4f5061728394a5b6c7d8e9f"
    static let failedRunID = "c3d4e5f60718293a4b5c6d7e8f901a2b"
    static let awkwardExperiment = #"demand: weekly "forecast" — ü"#
    static let edgeRunID = "e0e1e2e3e4e5e6e7e8e9eaebecedeeef"
    static let edgeExperiment = "  tab\there, new\nline \u{2028} ✓ yes: #1 \\ \"q\" % @"
    static let artifacts: [String: [UInt8]] = [
        "sha256-model-1": Array(#"{"kind":"logistic","weights":[0.5,-1.25]}"#.utf8),
        "sha256-model-2": Array(#"{"kind":"logistic","weights":[0.75,-1.5]}"#.utf8),
        "sha256-report": Array("auc 0.91\n".utf8),
    ]

    static func bytes(of artifact: RunArtifact) -> [UInt8]? { artifacts[artifact.hash] }

    static func runs() -> [TrackedRun] {
        let first = TrackedRun(
            id: firstRunID, name: "fraud-training-1", experiment: "fraud-training", status: .finished,
            startTime: start, endTime: start + 60_000,
            params: [RunParam("learning_rate", "0.1"), RunParam("trees", "50"), RunParam("data/split", "by time")],
            metrics: [
                RunMetric(key: "auc", value: 0.81, step: 0, timestamp: start + 10_000),
                RunMetric(key: "train/loss", value: 0.5, step: 0, timestamp: start + 10_000),
                RunMetric(key: "auc", value: 0.86, step: 1, timestamp: start + 20_000),
                RunMetric(key: "train/loss", value: 0.375, step: 1, timestamp: start + 20_000),
                RunMetric(key: "auc", value: 0.88, step: 2, timestamp: start + 30_000),
            ],
            tags: ["stage": "experiment", "owner": "learner"],
            artifacts: [RunArtifact(path: "model/model.json", kind: "model", hash: "sha256-model-1")],
            lineage: RunLineage(inputDatasets: ["sha256-data-a", "sha256-data-b"], pipelineHash: "sha256-pipeline"))
        let second = TrackedRun(
            id: secondRunID, name: "fraud-training-2", experiment: "fraud-training", status: .finished,
            startTime: start + 3_600_000, endTime: start + 3_660_000,
            params: [RunParam("learning_rate", "0.05"), RunParam("trees", "80")],
            metrics: [
                RunMetric(key: "auc", value: 0.9, step: 0, timestamp: start + 3_610_000),
                RunMetric(key: "auc", value: 0.91, step: 1, timestamp: start + 3_620_000),
                RunMetric(key: "tiny", value: 1e-7, timestamp: start + 3_620_000),
            ],
            tags: ["stage": "candidate"],
            artifacts: [
                RunArtifact(path: "model/model.json", kind: "model", hash: "sha256-model-2"),
                RunArtifact(path: "reports/eval.txt", kind: "report", hash: "sha256-report"),
            ],
            lineage: RunLineage(inputDatasets: ["sha256-data-b"], parentRunID: firstRunID, pipelineHash: "sha256-pipeline"))
        let failed = TrackedRun(
            id: failedRunID, name: "demand #1 'weekly'", experiment: awkwardExperiment, status: .failed,
            startTime: start + 7_200_000, endTime: start + 7_230_000,
            params: [RunParam("note", "line one\nline two: 'quoted'")],
            metrics: [RunMetric(key: "mape", value: 12.5, timestamp: start + 7_210_000)])
        let edge = TrackedRun(
            id: edgeRunID, name: "null", experiment: edgeExperiment, status: .finished,
            startTime: start + 10_800_000, endTime: start + 10_800_000,
            params: [
                RunParam("with space", ""), RunParam("colon:key", "yes"), RunParam("crlf", "a\r\nb\n"),
                RunParam("unicode", "ü \u{2028} 🚀"),
            ],
            metrics: [
                RunMetric(key: "deep/er/key", value: -2.5, step: -1, timestamp: 0),
                RunMetric(key: "deep/er/key", value: 1.5e300, step: 7, timestamp: 1),
                RunMetric(key: "deep/er/key", value: 4, step: 7, timestamp: 1),
            ],
            tags: ["note": " leading and trailing ", "multi": "one\ntwo\n"],
            artifacts: [RunArtifact(path: "odd name/ü file.txt", kind: "report", hash: "sha256-report")])
        return [first, second, failed, edge]
    }

    static func tracking() throws -> TrackingStore {
        var store = TrackingStore()
        for run in runs() { try store.add(run) }
        return store
    }

    static func registry() throws -> ModelRegistry {
        var registry = ModelRegistry()
        _ = try registry.addVersion(
            of: "fraud-detector", runID: firstRunID, modelHash: "sha256-model-1", source: "model", at: start + 70_000)
        _ = try registry.addVersion(
            of: "fraud-detector", runID: secondRunID, modelHash: "sha256-model-2", source: "model", at: start + 3_700_000,
            tags: ["validation": "passed"])
        try registry.setAlias("champion", of: "fraud-detector", to: 1, at: start + 80_000, by: "learner")
        try registry.setAlias("challenger", of: "fraud-detector", to: 1, at: start + 90_000, by: "learner")
        try registry.setAlias("challenger", of: "fraud-detector", to: 2, at: start + 3_800_000, by: "pipeline")
        return registry
    }
}
