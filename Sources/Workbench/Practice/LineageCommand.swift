import Sandbox
import Values

/// `lineage show MODEL@ALIAS`: the chain behind a model version.
enum LineageCommand {
    static let spec = CommandSpec(
        ["lineage", "show"], summary: "the chain behind a model version: trigger → pipeline run → data → version → rollout → alias moves",
        arguments: [ArgumentSpec("MODEL@VERSION", "e.g. fraud-detector@champion or fraud-detector@v3", completion: .ids("model"))],
        examples: ["lineage show fraud-detector@champion"]
    ) { invocation, session throws(CommandError) in
        guard let reference = invocation.argument(0) else { throw CommandError.usage("'lineage show' needs MODEL@VERSION") }
        let world = try session.readSandbox()
        let resolved: (model: String, version: ModelVersion)
        let run: TrackedRun
        do throws(SandboxError) {
            resolved = try world.resolveVersion(reference)
            run = try world.tracking.run(resolved.version.runID)
        } catch {
            throw commandError(error)
        }
        let number = resolved.version.version
        var chain: [String] = []
        var links: [Value] = []
        if let event = world.trainingEvents.first(where: { $0.runID == run.id }) {
            chain.append("trigger: policy \(event.policy) at \(Shown.time(event.at)) — \(event.reason)")
            links.append(.object(["kind": "trigger", "policy": .string(event.policy), "at": .int(Int(event.at)), "reason": .string(event.reason)]))
        } else {
            chain.append("trigger: \(run.tags["trigger"] ?? "command")")
            links.append(.object(["kind": "trigger", "by": .string(run.tags["trigger"] ?? "command")]))
        }
        for hash in run.lineage.inputDatasets {
            let name = world.datasets.entry(hash: hash)?.name ?? "unnamed"
            chain.append("data: \(name) \(hash.prefix(12))")
            links.append(.object(["kind": "data", "name": .string(name), "version": .string(hash)]))
        }
        chain.append("run: \(run.name) (\(run.id.prefix(8))), \(run.status.rawValue.lowercased())" + (run.metric("auc").map { ", auc \(Shown.number($0))" } ?? ""))
        links.append(.object(["kind": "run", "id": .string(run.id), "name": .string(run.name)]))
        chain.append("version: \(resolved.model) v\(number), model \(resolved.version.modelHash.prefix(12))")
        links.append(.object(["kind": "version", "model": .string(resolved.model), "version": .int(number)]))
        for (index, rollout) in world.rollouts.rollouts.enumerated() where rollout.target.model == resolved.model && rollout.target.newVersion == number {
            chain.append("rollout \(index + 1): \(rollout.spec.name) v\(rollout.target.stableVersion) → v\(number), \(rollout.phase.rawValue)" + (rollout.message.map { ": \($0)" } ?? ""))
            links.append(.object(["kind": "rollout", "number": .int(index + 1), "phase": .string(rollout.phase.rawValue)]))
        }
        for move in world.registry.model(resolved.model)?.audit ?? [] where move.to == number || move.from == number {
            chain.append("alias: @\(move.alias) \(move.from.map { "v\($0)" } ?? "—") → \(move.to.map { "v\($0)" } ?? "removed") at \(Shown.time(milliseconds: move.at)) by \(move.by)")
            links.append(.object(["kind": "alias", "alias": .string(move.alias), "to": move.to.map { .int($0) } ?? .null, "by": .string(move.by)]))
        }
        return CommandOutput([.heading("Lineage of \(resolved.model) v\(number)"), .bullets(chain)], value: .object(["links": .list(links)]))
    }
}
