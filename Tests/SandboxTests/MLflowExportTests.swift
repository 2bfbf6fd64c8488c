import Testing

@testable import Sandbox

private let root = "/tmp/mlflow-export/mlruns"

private func sampleExport() throws -> MLflowExport {
    try MLflowFileStore(root: root).export(
        tracking: MLflowSample.tracking(), registry: MLflowSample.registry(), artifactBytes: MLflowSample.bytes)
}

private func text(_ export: MLflowExport, _ path: String) -> String? {
    export.file(path).map { String(decoding: $0, as: UTF8.self) }
}

/// Exports a store holding `run` alone and returns the refusal's message, or nil when it exported.
private func refusal(of run: TrackedRun) throws -> String? {
    var store = TrackingStore()
    try store.add(run)
    do throws(SandboxError) {
        _ = try MLflowFileStore(root: root).export(tracking: store, registry: ModelRegistry()) { _ in [] }
        return nil
    } catch {
        return error.message
    }
}

private func run(params: [RunParam] = [], metrics: [RunMetric] = [], tags: [String: String] = [:]) -> TrackedRun {
    TrackedRun(
        id: "b" + String(repeating: "0", count: 31), name: "r", experiment: "e", status: .finished, startTime: 0,
        endTime: 1, params: params, metrics: metrics, tags: tags)
}

@Suite("MLflow export: the file store layout")
struct MLflowExportLayoutTests {
    @Test("A run's meta.yaml holds MLflow's fields, the status as its number and awkward names quoted")
    func runMeta() throws {
        let expected = """
            artifact_uri: file:///tmp/mlflow-export/mlruns/2/c3d4e5f60718293a4b5c6d7e8f901a2b/artifacts
            end_time: 1700007230000
            entry_point_name: ''
            experiment_id: '2'
            lifecycle_stage: active
            run_id: c3d4e5f60718293a4b5c6d7e8f901a2b
            run_name: 'demand #1 ''weekly'''
            run_uuid: c3d4e5f60718293a4b5c6d7e8f901a2b
            source_name: ''
            source_type: 4
            source_version: ''
            start_time: 1700007200000
            status: 4
            tags: []
            user_id: mlops-lab

            """
        #expect(text(try sampleExport(), "2/\(MLflowSample.failedRunID)/meta.yaml") == expected)
    }

    @Test("Experiment meta.yaml files, the default experiment 0 included")
    func experimentMeta() throws {
        let export = try sampleExport()
        #expect(
            text(export, "0/meta.yaml") == """
                artifact_location: file:///tmp/mlflow-export/mlruns/0
                creation_time: 1700000000000
                experiment_id: '0'
                last_update_time: 1700000000000
                lifecycle_stage: active
                name: Default

                """)
        #expect(text(export, "2/meta.yaml")?.contains(#"name: 'demand: weekly "forecast" — ü'"# + "\n") == true)
    }

    @Test("A metric file has one 'timestamp value step' line per measurement, in logged order")
    func metricLines() throws {
        let export = try sampleExport()
        let folder = "1/\(MLflowSample.firstRunID)/metrics"
        #expect(text(export, "\(folder)/auc") == "1700000010000 0.81 0\n1700000020000 0.86 1\n1700000030000 0.88 2\n")
        #expect(text(export, "\(folder)/train/loss") == "1700000010000 0.5 0\n1700000020000 0.375 1\n")
        #expect(text(export, "1/\(MLflowSample.secondRunID)/metrics/tiny") == "1700003620000 1e-07 0\n")
    }

    @Test("Params and tags are files holding the value with no newline; MLflow's own tags are added")
    func paramsAndTags() throws {
        let export = try sampleExport()
        let first = "1/\(MLflowSample.firstRunID)"
        #expect(text(export, "\(first)/params/learning_rate") == "0.1")
        #expect(text(export, "\(first)/params/data/split") == "by time")
        #expect(text(export, "2/\(MLflowSample.failedRunID)/params/note") == "line one\nline two: 'quoted'")
        #expect(text(export, "\(first)/tags/mlflow.runName") == "fraud-training-1")
        #expect(text(export, "\(first)/tags/mlflow.user") == "mlops-lab")
        #expect(text(export, "\(first)/tags/owner") == "learner")
        #expect(text(export, "\(first)/tags/mlops-lab.input-datasets") == "sha256-data-a,sha256-data-b")
        #expect(text(export, "1/\(MLflowSample.secondRunID)/tags/mlflow.parentRunId") == MLflowSample.firstRunID)
    }

    @Test("Artifacts are copied byte for byte under the run's artifacts folder")
    func artifacts() throws {
        let export = try sampleExport()
        #expect(export.file("1/\(MLflowSample.secondRunID)/artifacts/reports/eval.txt") == MLflowSample.artifacts["sha256-report"])
        #expect(export.file("1/\(MLflowSample.firstRunID)/artifacts/model/model.json") == MLflowSample.artifacts["sha256-model-1"])
    }

    @Test("Every run has its metrics, params, artifacts and tags folders, even empty; .trash and models exist")
    func folders() throws {
        let export = try sampleExport()
        let failed = "2/\(MLflowSample.failedRunID)"
        for folder in [".trash", "models", "\(failed)/artifacts", "\(failed)/tags", "\(failed)/params", "\(failed)/metrics"] {
            #expect(export.directories.contains(folder), "missing folder \(folder)")
        }
    }

    @Test("A version's meta.yaml: a runs:/ source, status READY, stage None")
    func versionMeta() throws {
        let expected = """
            creation_timestamp: 1700003700000
            current_stage: None
            description: null
            last_updated_timestamp: 1700003700000
            name: fraud-detector
            run_id: a0b1c2d3e4f5061728394a5b6c7d8e9f
            run_link: null
            source: runs:/a0b1c2d3e4f5061728394a5b6c7d8e9f/model
            status: READY
            status_message: null
            storage_location: runs:/a0b1c2d3e4f5061728394a5b6c7d8e9f/model
            user_id: null
            version: 2

            """
        let export = try sampleExport()
        #expect(text(export, "models/fraud-detector/version-2/meta.yaml") == expected)
        #expect(text(export, "models/fraud-detector/version-2/tags/validation") == "passed")
    }

    @Test("An alias is a file under aliases/ holding the version it points at, after every move")
    func aliasFiles() throws {
        let export = try sampleExport()
        #expect(text(export, "models/fraud-detector/aliases/champion") == "1")
        #expect(text(export, "models/fraud-detector/aliases/challenger") == "2")
        #expect(
            text(export, "models/fraud-detector/meta.yaml") == """
                creation_timestamp: 1700000070000
                description: null
                last_updated_timestamp: 1700003800000
                name: fraud-detector

                """)
    }

    @Test("Every path is relative, has no empty, '.' or '..' part, and files never sit where folders are")
    func pathsStayInsideTheRoot() throws {
        let export = try sampleExport()
        let paths = export.directories + export.files.map(\.relativePath)
        #expect(!paths.isEmpty)
        for path in paths {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            #expect(!path.hasPrefix("/") && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }, "unsafe path \(path)")
        }
        #expect(Set(export.directories).isDisjoint(with: export.files.map(\.relativePath)))
        #expect(Set(export.files.map(\.relativePath)).count == export.files.count)
    }

    @Test("The same store always gives the same files in the same order")
    func deterministic() throws {
        let first = try sampleExport()
        #expect(try sampleExport() == first)
        #expect(first.files.map(\.relativePath) == first.files.map(\.relativePath).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        var reordered = MLflowSample.runs()
        reordered[0].tags = ["owner": "learner"]
        reordered[0].tags["stage"] = "experiment"
        var store = TrackingStore()
        for run in reordered { try store.add(run) }
        let again = try MLflowFileStore(root: root).export(
            tracking: store, registry: MLflowSample.registry(), artifactBytes: MLflowSample.bytes)
        #expect(again == first)
    }

    @Test("Artifact locations are absolute file:// URIs, percent-encoded as MLflow writes them")
    func fileURIs() throws {
        let store = try MLflowFileStore(root: "/home/a learner/exports/")
        #expect(store.root == "/home/a learner/exports")
        let export = try store.export(tracking: MLflowSample.tracking(), registry: ModelRegistry(), artifactBytes: MLflowSample.bytes)
        #expect(text(export, "1/meta.yaml")?.contains("artifact_location: file:///home/a%20learner/exports/1\n") == true)
    }
}

@Suite("MLflow export: refusals")
struct MLflowExportRefusalTests {
    @Test(
        "A key MLflow would refuse, or that would leave its folder, is refused by name",
        arguments: [
            ("metric", "../escape"), ("param", "/etc/passwd"), ("tag", "a//b"), ("param", "bad*char"),
            ("metric", "..hidden"), ("tag", "trailing/"), ("param", ""), ("tag", "./here"), ("metric", "ü"),
        ])
    func invalidKeys(_ kind: String, _ key: String) throws {
        let bad: TrackedRun
        switch kind {
        case "metric": bad = run(metrics: [RunMetric(key: key, value: 1, timestamp: 0)])
        case "param": bad = run(params: [RunParam(key, "x")])
        default: bad = run(tags: [key: "x"])
        }
        let message = try #require(try refusal(of: bad))
        #expect(message == "cannot export run 'r' to MLflow: \(kind) '\(key)' is not a valid MLflow name")
    }

    @Test("Valid keys pass: letters, digits, '_', '-', '.', ' ', ':' and '/' between parts")
    func validKeys() throws {
        #expect(try refusal(of: run(params: [RunParam("a b:c-d_e.f/g", "x")])) == nil)
    }

    @Test("A key that is a file and also the folder of another key is refused")
    func fileFolderClash() throws {
        let message = try #require(try refusal(of: run(params: [RunParam("a", "1"), RunParam("a/b", "2")])))
        #expect(message.contains("would be both a file and a folder"))
    }

    @Test("A param logged twice with different values is refused; the same value is written once")
    func changedParam() throws {
        let message = try #require(try refusal(of: run(params: [RunParam("k", "1"), RunParam("k", "2")])))
        #expect(message.contains("param 'k' was logged as '1' and then '2'"))
        #expect(try refusal(of: run(params: [RunParam("k", "1"), RunParam("k", "1")])) == nil)
    }

    @Test("Aliases MLflow reserves or cannot name are refused", arguments: ["v2", "Latest", "release.1"])
    func invalidAliases(_ alias: String) throws {
        var registry = ModelRegistry()
        _ = try registry.addVersion(of: "m", runID: MLflowSample.firstRunID, modelHash: "h", source: "model", at: 0)
        try registry.setAlias(alias.lowercased(), of: "m", to: 1, at: 0, by: "t")
        #expect(throws: SandboxError.self) {
            _ = try MLflowFileStore(root: root).export(tracking: TrackingStore(), registry: registry) { _ in nil }
        }
    }

    @Test("A missing artifact, a relative root, a mismatched mlflow.runName tag and a quote in an experiment name are refused")
    func otherRefusals() throws {
        #expect(throws: SandboxError.self) { _ = try MLflowFileStore(root: "exports/mlruns") }
        #expect(throws: SandboxError.self) { _ = try MLflowFileStore(root: "/tmp/../etc") }
        #expect(throws: SandboxError.self) {
            _ = try MLflowFileStore(root: root).export(
                tracking: MLflowSample.tracking(), registry: ModelRegistry()) { _ in nil }
        }
        #expect(try refusal(of: run(tags: ["mlflow.runName": "other"]))?.contains("mlflow.runName") == true)
        #expect(try refusal(of: run(tags: ["mlflow.runName": "r"])) == nil)
        var quoted = run()
        quoted.experiment = "bob's pipeline"
        #expect(try refusal(of: quoted)?.contains("single quote") == true)
    }
}
