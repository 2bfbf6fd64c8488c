import Sandbox
import Values

/// `pipeline show`, `pipeline graph` and `pipeline list`: read pipelines and their runs.
enum PipelineViews {
    static let show = CommandSpec(
        ["pipeline", "show"], summary: "one pipeline run step by step: what ran, what was reused, what failed and why",
        arguments: [ArgumentSpec("RUN", "a run id (or its first characters) or name", completion: .ids("run"))],
        examples: ["pipeline show fraud-training-2"]
    ) { invocation, session throws(CommandError) in
        guard let id = invocation.argument(0) else { throw CommandError.usage("'pipeline show' needs a run", hint: "see 'pipeline list'") }
        let world = try session.readSandbox()
        let run: TrackedRun
        do throws(SandboxError) { run = try world.tracking.run(id) } catch { throw commandError(error) }
        guard let result = world.pipelineRuns.first(where: { $0.run.id == run.id }) else {
            throw CommandError("run \(run.name) was not made by a pipeline")
        }
        var output = PipelineCommands.output(result, world: world)
        output.reportsFailure = false
        return output
    }

    static let graph = CommandSpec(
        ["pipeline", "graph"], summary: "draw a pipeline's steps and their dependencies",
        arguments: [ArgumentSpec("FILE", "the pipeline YAML", completion: .files)],
        examples: ["pipeline graph pipelines/fraud.yaml"]
    ) { invocation, session throws(CommandError) in
        guard let path = invocation.argument(0) else { throw CommandError.usage("'pipeline graph' needs a pipeline file") }
        let file = try PipelineFile.load(path, overrides: [], files: session.liveFiles())
        let order = file.spec.executionOrder
        return CommandOutput(
            [.heading("\(file.spec.name) — \(order.count) steps"), .code(file.spec.graphLines().joined(separator: "\n"))],
            value: .object([
                "pipeline": .string(file.spec.name),
                "order": .list(order.map { .string($0.id) }),
                "steps": .list(file.spec.steps.map { step in
                    .object(["id": .string(step.id), "uses": .string(step.uses.rawValue), "needs": .list(step.needs.map(Value.string))])
                }),
            ]))
    }

    static let list = CommandSpec(
        ["pipeline", "list"], summary: "pipelines run in the sandbox: runs, the last status and how much the cache saved",
        examples: ["pipeline list"]
    ) { _, session throws(CommandError) in
        let world = try session.readSandbox()
        var names: [String] = []
        for result in world.pipelineRuns where !names.contains(result.run.experiment) { names.append(result.run.experiment) }
        guard !names.isEmpty else {
            return CommandOutput([.paragraph("No pipeline has run yet. Try 'pipeline run FILE'.")], value: .object(["pipelines": .list([])]))
        }
        var rows: [[String]] = []
        var values: [Value] = []
        for name in names {
            let runs = world.pipelineRuns.filter { $0.run.experiment == name }
            guard let last = runs.last else { continue }
            let cached = last.steps.filter { if case .cached = $0.status { return true } else { return false } }.count
            rows.append([name, String(runs.count), last.run.name, last.run.status.rawValue.lowercased(), "\(cached)/\(last.steps.count)", last.run.tags["pipeline.file"] ?? ""])
            values.append(.object([
                "name": .string(name), "runs": .int(runs.count), "lastRun": .string(last.run.id),
                "lastStatus": .string(last.run.status.rawValue), "file": .string(last.run.tags["pipeline.file"] ?? ""),
            ]))
        }
        return CommandOutput(
            [.table(Table(
                columns: [Table.Column("pipeline"), Table.Column("runs", alignRight: true), Table.Column("last run"), Table.Column("status"), Table.Column("cached steps"), Table.Column("file")],
                rows: rows))],
            value: .object(["pipelines": .list(values)]))
    }
}
