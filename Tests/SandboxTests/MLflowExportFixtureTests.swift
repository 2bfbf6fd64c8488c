import Foundation
import Sandbox
import Testing
import Values

/// Writes the sample export where `scripts/mlflow/run-check` can read it with MLflow itself:
/// `MLOPS_LAB_MLFLOW_EXPORT_DIR=DIR swift test --filter MLflow` leaves `DIR/mlruns/` and
/// `DIR/manifest.json`. Without the variable it only checks that the export has files.
@Suite("MLflow export: the integration fixture")
struct MLflowExportFixtureTests {
    static let variable = "MLOPS_LAB_MLFLOW_EXPORT_DIR"

    @Test("The sample export and its manifest are written when MLOPS_LAB_MLFLOW_EXPORT_DIR is set")
    func writeFixture() throws {
        let target = ProcessInfo.processInfo.environment[Self.variable].map { URL(fileURLWithPath: $0).standardizedFileURL }
        let storeFolder = target?.appendingPathComponent("mlruns")
        let export = try MLflowFileStore(root: storeFolder?.path ?? "/tmp/mlflow-export/mlruns").export(
            tracking: MLflowSample.tracking(), registry: MLflowSample.registry(), artifactBytes: MLflowSample.bytes)
        #expect(!export.files.isEmpty)
        guard let target, let storeFolder else { return }

        let manager = FileManager.default
        if manager.fileExists(atPath: storeFolder.path) { try manager.removeItem(at: storeFolder) }
        try manager.createDirectory(at: storeFolder, withIntermediateDirectories: true)
        for folder in export.directories {
            try manager.createDirectory(at: storeFolder.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in export.files {
            try Data(file.bytes).write(to: storeFolder.appendingPathComponent(file.relativePath))
        }
        let manifest = MLflowManifest.expected(
            tracking: try MLflowSample.tracking(), registry: try MLflowSample.registry(), artifactBytes: MLflowSample.bytes)
        try Data((JSONWriter().string(manifest) + "\n").utf8).write(to: target.appendingPathComponent("manifest.json"))
        #expect(manager.fileExists(atPath: target.appendingPathComponent("manifest.json").path))
    }
}
