import Sandbox
import Values

/// `data lineage NAME`: where a dataset came from and what was made from it.
enum DataLineageCommand {
    static let spec = CommandSpec(
        ["data", "lineage"], summary: "where a dataset came from, its versions, and the runs and models made from it",
        arguments: [ArgumentSpec("NAME", "the dataset", completion: .ids("dataset"))],
        examples: ["data lineage transactions"]
    ) { invocation, session throws(CommandError) in
        guard let name = invocation.argument(0) else { throw CommandError.usage("'data lineage' needs a dataset name", hint: "see 'data list'") }
        let world = try session.readSandbox()
        let entry: DatasetEntry
        do throws(SandboxError) { entry = try world.datasets.entry(name) } catch { throw commandError(error) }
        let versions = world.datasets.history.filter { $0.name == name }
        var lines: [String] = []
        var upstream: [Value] = []
        var seen = Set<String>()
        func walk(_ current: DatasetEntry, depth: Int) {
            guard depth < 12, seen.insert(current.hash).inserted else { return }
            let indent = String(repeating: "  ", count: depth)
            lines.append("\(indent)\(depth == 0 ? "" : "← ")\(current.name) \(current.hash.prefix(12)): \(DataViews.originText(current.origin)), \(Shown.time(current.createdAt))")
            upstream.append(current.value(dataset: world.artifacts.dataset(current.hash)))
            for parent in current.parents {
                if let parentEntry = world.datasets.entry(hash: parent) { walk(parentEntry, depth: depth + 1) }
            }
        }
        walk(entry, depth: 0)
        let runs = world.tracking.runs.filter { $0.lineage.inputDatasets.contains(entry.hash) }
        var downstream: [String] = []
        var downstreamValues: [Value] = []
        for run in runs {
            let models = world.registry.models.flatMap { model in
                model.versions.filter { $0.runID == run.id }.map { "\(model.name) v\($0.version)" }
            }
            downstream.append("run \(run.name) (\(run.id.prefix(8)), \(run.status.rawValue.lowercased()))" + (models.isEmpty ? "" : " → " + models.joined(separator: ", ")))
            downstreamValues.append(.object(["run": .string(run.id), "name": .string(run.name), "models": .list(models.map(Value.string))]))
        }
        var blocks: [Block] = [.heading("Lineage of \(name)"), .code(lines.joined(separator: "\n"))]
        if versions.count > 1 {
            blocks.append(.paragraph("Versions of '\(name)', oldest first: " + versions.map { String($0.hash.prefix(12)) }.joined(separator: ", ") + "."))
        }
        blocks.append(downstream.isEmpty ? .paragraph("No run has read this version yet.") : .bullets(downstream))
        return CommandOutput(blocks, value: .object([
            "dataset": .string(name), "version": .string(entry.hash),
            "versions": .list(versions.map { .string($0.hash) }),
            "upstream": .list(upstream), "downstream": .list(downstreamValues),
        ]))
    }
}
