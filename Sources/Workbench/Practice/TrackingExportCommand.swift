import Foundation
import Sandbox
import Values

/// `tracking export --format mlflow --out DIR`: the sandbox's runs and registry as MLflow's file store.
enum TrackingExportCommand {
    static let spec = CommandSpec(
        ["tracking", "export"], summary: "write the sandbox's runs and model registry in MLflow's file-store layout",
        discussion: """
            DIR becomes an MLflow tracking folder: open it with MLFLOW_ALLOW_FILE_STORE=true mlflow ui \
            --backend-store-uri DIR, or mlflow.set_tracking_uri("file://DIR") in Python. Experiments are pipelines, runs \
            are pipeline runs with their params, metrics (with steps), tags and artifacts; registered models keep their \
            versions and aliases. MLflow has no place for the alias audit trail, so 'model show' remains its record. \
            --manifest FILE also writes what MLflow should read back, as JSON, for checking an export. See docs/mlflow-export.md.
            """,
        flags: [
            FlagSpec("format", "mlflow (the only format so far)", kind: .value(placeholder: "FORMAT"), completion: .values(["mlflow"])),
            FlagSpec("out", "the folder to create (it must not exist, or be empty)", kind: .value(placeholder: "DIR"), completion: .files),
            FlagSpec("manifest", "also write the expected read-back as JSON", kind: .value(placeholder: "FILE"), completion: .files),
        ],
        examples: ["tracking export --format mlflow --out mlruns"]
    ) { invocation, session throws(CommandError) in
        let format = invocation.value("format") ?? "mlflow"
        guard format == "mlflow" else { throw CommandError.usage("--format takes mlflow, not '\(format)'") }
        guard let out = invocation.value("out") else { throw CommandError.usage("'tracking export' needs --out DIR") }
        let world = try session.readSandbox()
        let place = try session.workspacePath(out)
        let root = place.hasPrefix("/") ? place : FileManager.default.currentDirectoryPath + "/" + place
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: root), !existing.isEmpty {
            throw CommandError("\(out) already exists and is not empty", hint: "choose a new folder; an export never overwrites one")
        }
        let export: MLflowExport
        do throws(SandboxError) {
            export = try MLflowFileStore(root: root).export(tracking: world.tracking, registry: world.registry, artifactBytes: world.artifactBytes)
        } catch {
            throw commandError(error)
        }
        // Written beside the target and renamed into place, so a failure leaves no half export.
        let staging = root + ".partial-\(getpid())"
        do {
            try? FileManager.default.removeItem(atPath: staging)
            for directory in [""] + export.directories {
                try FileManager.default.createDirectory(atPath: staging + "/" + directory, withIntermediateDirectories: true)
            }
            for file in export.files {
                guard FileManager.default.createFile(atPath: staging + "/" + file.relativePath, contents: Data(file.bytes)) else {
                    throw CommandError("cannot write \(file.relativePath) under \(out)")
                }
            }
            try? FileManager.default.removeItem(atPath: root)
            try FileManager.default.moveItem(atPath: staging, toPath: root)
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw CommandError("cannot write the export to \(out): \(FileProblem.reason(error))")
        }
        if let manifest = invocation.value("manifest") {
            let value = MLflowManifest.expected(tracking: world.tracking, registry: world.registry, artifactBytes: world.artifactBytes)
            try FileStore.writeAtomically(JSONWriter().string(value) + "\n", to: try session.workspacePath(manifest), mode: 0o644)
        }
        return CommandOutput(
            [
                .notice(.success, "exported \(world.tracking.runs.count) runs in \(world.tracking.experiments.count) experiments and \(world.registry.models.count) registered models to \(out)"),
                .paragraph("Open it with: MLFLOW_ALLOW_FILE_STORE=true mlflow ui --backend-store-uri \(root)"),
            ],
            value: .object([
                "out": .string(root), "files": .int(export.files.count), "runs": .int(world.tracking.runs.count),
                "experiments": .int(world.tracking.experiments.count), "models": .int(world.registry.models.count),
            ]))
    }
}
