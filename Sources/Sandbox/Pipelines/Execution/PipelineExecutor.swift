import Modeling
import Values

/// Runs a resolved pipeline spec in a world: steps in dependency order, each skipped when an
/// earlier execution with the same fingerprint can be reused, the whole run tracked.
///
/// A step's fingerprint is SHA-256 over its canonical spec, its inputs' content hashes, the
/// program version and, for steps that read the world, what they read (virtual now for
/// `generate` and the drift injected into its scenario, the champion's model for `evaluate`) — as `dvc repro` keys stages by their
/// dependencies and Kubeflow keys its execution cache. A failed step stores nothing and its
/// dependants are skipped; the run is recorded as FAILED.
public struct PipelineExecutor {
    /// The most steps one pipeline may have.
    public static let maximumSteps = 50
    /// Steps whose result depends on more than their inputs, or that change the registry, always run.
    static let uncached: Set<StepKind> = [.gate, .register]

    /// The spec, with params resolved.
    public var spec: PipelineSpec
    /// SHA-256 of the pipeline file's bytes.
    public var pipelineHash: String
    /// The program version, part of every fingerprint.
    public var programVersion: String
    /// Whether to reuse cached steps.
    public var useCache = true
    /// Register steps are left out (a CI run checks; it does not publish).
    public var skipRegistration = false
    /// Who started the run, recorded as a tag: `command`, `ci`, a policy's name.
    public var trigger = "command"

    /// Creates an executor.
    public init(spec: PipelineSpec, pipelineHash: String, programVersion: String) {
        self.spec = spec
        self.pipelineHash = pipelineHash
        self.programVersion = programVersion
    }

    /// Runs the pipeline, recording the run, its artifacts, cache entries and registrations in `world`.
    ///
    /// `readFile` supplies an import step's file; `isInterrupted` is polled between steps, and an
    /// interruption throws, leaving `world` as it was.
    public func run(
        in world: inout World, readFile: (String) throws(SandboxError) -> [UInt8], isInterrupted: () -> Bool = { false }
    ) throws(SandboxError) -> PipelineRunResult {
        guard spec.steps.count <= Self.maximumSteps else {
            throw SandboxError("the pipeline has \(spec.steps.count) steps; the most is \(Self.maximumSteps)")
        }
        var next = world
        let runNumber = next.tracking.runs.count + 1
        let runID = String(sha256Hex(Array("run/\(next.seed)/\(runNumber)".utf8)).prefix(32))
        let sequence = next.tracking.runs(in: spec.name).count + 1
        var run = TrackedRun(
            id: runID, name: "\(spec.name)-\(sequence)", experiment: spec.name, status: .finished,
            startTime: next.nowMilliseconds, endTime: next.nowMilliseconds,
            params: spec.params.map { RunParam($0.name, Self.paramText($0.value)) },
            tags: ["pipeline": spec.name, "pipeline.file": spec.fileName, "trigger": trigger],
            lineage: RunLineage(pipelineHash: pipelineHash))
        for step in spec.steps where step.uses == .train {
            for key in ["model", "l2", "class_weight", "max_iterations", "trees", "depth", "learning_rate"] {
                if let value = step.arguments[key] { run.params.append(RunParam("\(step.id).\(key)", Self.paramText(value))) }
            }
        }
        var produced: [String: [String: String]] = [:]
        var executions: [StepExecution] = []
        var unfinished: [String: String] = [:]
        for step in spec.executionOrder {
            if isInterrupted() { throw SandboxError("interrupted before step '\(step.id)'; the run was not recorded") }
            if let blocker = step.needs.first(where: { unfinished[$0] != nil }) {
                let reason = "needs '\(blocker)', which \(unfinished[blocker] ?? "did not finish")"
                unfinished[step.id] = "was skipped"
                executions.append(StepExecution(id: step.id, uses: step.uses, status: .skipped(reason), outputs: [:], notes: [], fingerprint: ""))
                continue
            }
            if skipRegistration, step.uses == .register {
                unfinished[step.id] = "was left out"
                executions.append(StepExecution(
                    id: step.id, uses: step.uses, status: .skipped("a CI run does not register models"), outputs: [:], notes: [], fingerprint: ""))
                continue
            }
            let context = StepContext(step: step, world: next, spec: spec, produced: produced)
            for hash in try importedDataset(step, context: context) where !run.lineage.inputDatasets.contains(hash) {
                run.lineage.inputDatasets.append(hash)
            }
            let fingerprint = try Self.uncached.contains(step.uses) ? "" : fingerprint(step, context: context)
            if useCache, !fingerprint.isEmpty, let cached = next.stepCache.entry(fingerprint) {
                produced[step.id] = cached.outputs
                run.lineage.inputDatasets += Self.sourceData(step, cached.outputs).filter { !run.lineage.inputDatasets.contains($0) }
                run.metrics += cached.metrics.map { RunMetric(key: $0.key, value: $0.value, step: $0.step, timestamp: next.nowMilliseconds) }
                run.artifacts += artifacts(step, outputs: cached.outputs)
                executions.append(StepExecution(
                    id: step.id, uses: step.uses, status: .cached(run: cached.runID), outputs: cached.outputs,
                    notes: ["fingerprint \(fingerprint.prefix(12)) matches run \(cached.runID.prefix(8)): inputs, arguments and program unchanged"],
                    fingerprint: fingerprint))
                continue
            }
            let product: StepProduct
            do {
                product = try StepRunner.run(context, readFile: readFile)
            } catch {
                unfinished[step.id] = "failed"
                executions.append(StepExecution(id: step.id, uses: step.uses, status: .failed(error.message), outputs: [:], notes: [], fingerprint: fingerprint))
                continue
            }
            var outputs: [String: String] = [:]
            for (name, dataset) in product.datasets { outputs[name] = try next.artifacts.store(dataset) }
            for (name, model) in product.models where step.uses != .register { outputs[name] = try next.artifacts.store(model) }
            for (name, pipeline) in product.features { outputs[name] = try next.artifacts.store(features: pipeline) }
            for (name, report) in product.reports { outputs[name] = try next.artifacts.store(report: report) }
            var notes = product.notes
            if let registration = product.registration, let model = product.models["model"] {
                // The model came from an earlier step, stored under its hash already: no need to
                // encode it again to find the hash.
                let hash: String
                if let stored = try context.inputHash("model"), next.artifacts.model(stored) != nil {
                    hash = stored
                } else {
                    hash = try next.artifacts.store(model)
                }
                let producer = step.inputs.first { $0.output == "model" }?.step ?? step.id
                let version = try next.registry.addVersion(
                    of: registration.model, runID: runID, modelHash: hash, source: "runs:/\(runID)/model/\(producer)", at: next.nowMilliseconds,
                    tags: registration.tags)
                if let alias = registration.alias {
                    try next.registry.setAlias(alias, of: registration.model, to: version, at: next.nowMilliseconds, by: "run \(run.name)")
                }
                outputs["version"] = try next.artifacts.store(report: .object(["model": .string(registration.model), "version": .int(version)]))
                notes.append("registered \(registration.model) v\(version)" + (registration.alias.map { " as @\($0)" } ?? ""))
            }
            let logged = product.metrics.map { RunMetric(key: $0.key, value: $0.value, step: $0.step, timestamp: next.nowMilliseconds) }
            run.metrics += logged
            if let failure = product.failure {
                unfinished[step.id] = "failed"
                executions.append(StepExecution(id: step.id, uses: step.uses, status: .failed(failure), outputs: [:], notes: notes, fingerprint: fingerprint))
                continue
            }
            produced[step.id] = outputs
            run.lineage.inputDatasets += Self.sourceData(step, outputs).filter { !run.lineage.inputDatasets.contains($0) }
            run.artifacts += artifacts(step, outputs: outputs)
            if !fingerprint.isEmpty {
                next.stepCache.record(fingerprint, StepCache.Entry(outputs: outputs, runID: runID, metrics: logged))
            }
            executions.append(StepExecution(id: step.id, uses: step.uses, status: .ran, outputs: outputs, notes: notes, fingerprint: fingerprint))
        }
        if executions.contains(where: { if case .failed = $0.status { return true } else { return false } }) {
            run.status = .failed
        }
        run.tags["steps.cached"] = String(executions.filter { if case .cached = $0.status { return true } else { return false } }.count)
        try fileDatasets(executions, runID: runID, in: &next)
        try next.tracking.add(run)
        let result = PipelineRunResult(run: run, steps: executions)
        next.pipelineRuns.append(result)
        world = next
        return result
    }

    private func fingerprint(_ step: PipelineStep, context: StepContext) throws(SandboxError) -> String {
        var text = step.fingerprintText() + "\nprogram " + programVersion + "\nseed \(context.world.seed)"
        for (argument, value) in step.arguments.sorted(by: { $0.key < $1.key }) {
            guard case .input = value, let hash = try context.inputHash(argument) else { continue }
            text += "\ninput \(argument) \(hash)"
        }
        switch step.uses {
        case .generate:
            text += "\nnow \(context.world.now)"
            if let name = context.text("scenario"), let scenario = ScenarioName(rawValue: name), context.world.injections.applies(to: scenario) {
                text += "\ninjections \(context.world.injections.list)"
            }
        case .import:
            if let name = context.text("dataset") { text += "\ndataset \(try context.world.datasets.entry(name).hash)" }
        case .evaluate:
            if let name = context.text("champion_of") {
                text += "\nchampion \(context.world.registry.resolve(name, alias: "champion")?.modelHash ?? "none")"
            }
        default:
            break
        }
        return sha256Hex(Array(text.utf8))
    }

    /// The catalog dataset an import step reads, as the run's lineage names it.
    private func importedDataset(_ step: PipelineStep, context: StepContext) throws(SandboxError) -> [String] {
        if step.uses == .import, let name = context.text("dataset") {
            return [try context.world.datasets.entry(name).hash]
        }
        return []
    }

    private func artifacts(_ step: PipelineStep, outputs: [String: String]) -> [RunArtifact] {
        let kinds = Dictionary(uniqueKeysWithValues: step.uses.outputs.map { ($0.name, $0.kind) })
        return outputs.keys.sorted().compactMap { name in
            guard let hash = outputs[name], let kind = kinds[name] else { return nil }
            switch kind {
            case .dataset: return RunArtifact(path: "data/\(step.id).\(name).csv", kind: "dataset", hash: hash)
            case .model: return RunArtifact(path: "model/\(step.id)/model.json", kind: "model", hash: hash)
            case .features: return RunArtifact(path: "features/\(step.id).json", kind: "features", hash: hash)
            case .metrics, .report, .version: return RunArtifact(path: "reports/\(step.id).\(name).json", kind: "report", hash: hash)
            }
        }
    }

    /// Files the datasets that generate, import and split steps produced under `PIPELINE.STEP.OUTPUT`, so lineage can name them.
    private func fileDatasets(_ executions: [StepExecution], runID: String, in world: inout World) throws(SandboxError) {
        for execution in executions where [.generate, .import, .split].contains(execution.uses) && execution.status == .ran {
            let parents = (execution.uses == .split ? spec.step(execution.id)?.inputs.compactMap { input in
                executions.first { $0.id == input.step }?.outputs[input.output]
            } : nil) ?? []
            for (name, hash) in execution.outputs.sorted(by: { $0.key < $1.key }) {
                guard let dataset = world.artifacts.dataset(hash) else { continue }
                let label = "\(spec.name).\(execution.id).\(name)"
                if (try? world.datasets.entry(label).hash) == hash { continue }
                try world.file(dataset, as: label, origin: .pipeline(runID: runID, step: execution.id, output: name), parents: parents)
            }
        }
    }

    /// The data a generate or import step brought into the run.
    static func sourceData(_ step: PipelineStep, _ outputs: [String: String]) -> [String] {
        guard step.uses == .generate || step.uses == .import, let hash = outputs["data"] else { return [] }
        return [hash]
    }

    static func paramText(_ value: ArgumentValue) -> String {
        switch value {
        case .integer(let number): String(number)
        case .number(let number): number.description
        case .text(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .expression(let expression): expression.text
        default: FingerprintEncoding.encode(value)
        }
    }
}
