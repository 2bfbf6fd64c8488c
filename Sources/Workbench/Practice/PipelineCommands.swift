import Sandbox
import Values

/// `pipeline run`, `pipeline show`, `pipeline graph`, `pipeline list` and `ci run`.
enum PipelineCommands {
    static let run = CommandSpec(
        ["pipeline", "run"], summary: "run a pipeline file in the sandbox: steps in order, unchanged steps reused from the cache",
        discussion: """
            Each step's fingerprint covers its arguments, its inputs' content hashes and the program version; a step \
            whose fingerprint matches an earlier execution is skipped and its outputs reused (as dvc repro and Kubeflow \
            do), with the reason shown. A failed step stops the steps that need it and stores nothing. Every run is \
            tracked: see 'runs show'. The format is in docs/pipelines.md.
            """,
        arguments: [ArgumentSpec("FILE", "the pipeline YAML", completion: .files)],
        flags: [
            FlagSpec("param", "override a param: NAME=VALUE", kind: .repeated(placeholder: "NAME=VALUE")),
            FlagSpec("no-cache", "run every step even if an earlier execution matches"),
        ],
        examples: ["pipeline run pipelines/fraud.yaml", "pipeline run pipelines/fraud.yaml --param l2=0.5", "pipeline run pipelines/fraud.yaml --no-cache"]
    ) { invocation, session throws(CommandError) in
        guard let path = invocation.argument(0) else { throw CommandError.usage("'pipeline run' needs a pipeline file", hint: "usage: \(invocation.spec.usage)") }
        return try session.changeSandbox(invocation) { world, files throws(CommandError) in
            let file = try PipelineFile.load(path, overrides: invocation.allValues("param"), files: files)
            var executor = PipelineExecutor(spec: file.spec, pipelineHash: file.hash, programVersion: ProgramVersion.current)
            executor.useCache = !invocation.has("no-cache")
            let result = try execute(executor, file: file, world: &world, files: files, session: session)
            return output(result, world: world)
        }
    }

    static let ci = CommandSpec(
        ["ci", "run"], summary: "run a pipeline as CI: every step and test, nothing registered, exit status 1 on failure",
        discussion: "Runs the pipeline like 'pipeline run' but leaves out its register steps, and reports the test steps like a test runner. The run is tracked with the tag trigger=ci. Use it before merging a change to a pipeline.",
        arguments: [ArgumentSpec("FILE", "the pipeline YAML", completion: .files)],
        flags: [
            FlagSpec("param", "override a param: NAME=VALUE", kind: .repeated(placeholder: "NAME=VALUE")),
            FlagSpec("no-cache", "run every step even if an earlier execution matches"),
        ],
        examples: ["ci run pipelines/fraud.yaml"]
    ) { invocation, session throws(CommandError) in
        guard let path = invocation.argument(0) else { throw CommandError.usage("'ci run' needs a pipeline file") }
        return try session.changeSandbox(invocation) { world, files throws(CommandError) in
            let file = try PipelineFile.load(path, overrides: invocation.allValues("param"), files: files)
            var executor = PipelineExecutor(spec: file.spec, pipelineHash: file.hash, programVersion: ProgramVersion.current)
            executor.useCache = !invocation.has("no-cache")
            executor.skipRegistration = true
            executor.trigger = "ci"
            let result = try execute(executor, file: file, world: &world, files: files, session: session)
            var shown = output(result, world: world)
            let tests = result.steps.filter { $0.uses == .test || $0.uses == .validate || $0.uses == .gate }
            let failedChecks = tests.filter { if case .failed = $0.status { return true } else { return false } }
            shown.blocks.insert(.heading(failedChecks.isEmpty && result.succeeded ? "CI passed" : "CI failed"), at: 0)
            return shown
        }
    }

    private static func execute(
        _ executor: PipelineExecutor, file: PipelineFile, world: inout World, files: SandboxFiles, session: Session
    ) throws(CommandError) -> PipelineRunResult {
        let deadline = CommandDeadline(session: session)
        do throws(SandboxError) {
            return try executor.run(
                in: &world,
                readFile: { (path) throws(SandboxError) -> [UInt8] in
                    do throws(CommandError) { return try files.bytes(file.resolve(path)) } catch { throw SandboxError(error.message, hint: error.hint) }
                },
                isInterrupted: { Interruption.isRequested || deadline.passed })
        } catch {
            if deadline.passed { throw deadline.error }
            throw commandError(error)
        }
    }

    static func output(_ result: PipelineRunResult, world: World) -> CommandOutput {
        let run = result.run
        let rows = result.steps.map { step -> [String] in
            [step.id, step.uses.rawValue, step.status.word, detail(step)]
        }
        var blocks: [Block] = [
            .heading("Run \(run.name) (\(run.id.prefix(8))) — \(run.status == .finished ? "finished" : "failed")"),
            .table(Table(columns: [Table.Column("step"), Table.Column("uses"), Table.Column("status"), Table.Column("detail")], rows: rows)),
        ]
        for step in result.steps where step.notes.count > 1 || step.uses == .test {
            if case .cached = step.status { continue }
            blocks.append(.heading("\(step.id) (\(step.uses.rawValue))"))
            blocks.append(.bullets(step.notes))
        }
        let latest = run.latestMetrics.filter { !$0.key.contains(".") }
        if !latest.isEmpty { blocks.append(.fields(latest.map { ($0.key, Shown.number($0.value)) })) }
        var shown = CommandOutput(blocks, value: result.value)
        shown.reportsFailure = !result.succeeded
        return shown
    }

    private static func detail(_ step: StepExecution) -> String {
        switch step.status {
        case .failed(let reason): return reason
        case .skipped(let reason): return reason
        case .cached: return step.notes.first ?? "reused"
        case .ran: return step.notes.last ?? ""
        }
    }
}
