import Testing
import Values

@testable import Sandbox

@Suite("MLflow export: the manifest")
struct MLflowManifestTests {
    @Test("Experiments, runs, latest metrics, histories and aliases are what MLflow should read back")
    func manifest() throws {
        let manifest = MLflowManifest.expected(
            tracking: try MLflowSample.tracking(), registry: try MLflowSample.registry(), artifactBytes: MLflowSample.bytes)
        let experiments = try #require(manifest["experiments"]?.listValue)
        #expect(
            experiments.map { $0["name"]?.stringValue }
                == ["fraud-training", MLflowSample.awkwardExperiment, MLflowSample.edgeExperiment])
        let first = try #require(experiments[0]["runs"]?.listValue?.first)
        #expect(first["status"] == "FINISHED")
        #expect(first["metrics"]?["auc"] == .double(0.88))
        #expect(first["metricHistory"]?["train/loss"]?.listValue?.count == 2)
        #expect(first["params"]?["data/split"] == "by time")
        #expect(first["artifacts"]?.listValue?.first?["size"] == .int(MLflowSample.artifacts["sha256-model-1"]?.count ?? -1))
        let failed = try #require(experiments[1]["runs"]?.listValue?.first)
        #expect(failed["status"] == "FAILED")
        let model = try #require(manifest["registeredModels"]?.listValue?.first)
        #expect(model["aliases"] == .object(["challenger": 2, "champion": 1]))
        #expect(model["versions"]?.listValue?.last?["source"] == .string("runs:/\(MLflowSample.secondRunID)/model"))
    }

    @Test("The latest value is MLflow's: the greatest step, then timestamp, then value")
    func latestRule() {
        let history = [
            RunMetric(key: "m", value: 3, step: 2, timestamp: 10),
            RunMetric(key: "m", value: 1, step: 5, timestamp: 1),
            RunMetric(key: "m", value: 2, step: 5, timestamp: 1),
            RunMetric(key: "m", value: 9, step: 4, timestamp: 99),
        ]
        #expect(MLflowManifest.latest(history)?.value == 2)
    }
}
