import Sandbox
import Values

/// `ct policy add`, `ct policy list` and `ct history`: continuous training.
enum TrainingPolicyCommands {
    static let add = CommandSpec(
        ["ct", "policy", "add"], summary: "retrain on its own: on drift, on a schedule or when online quality drops — pipeline, register, canary",
        discussion: "Checked at every virtual hour while traffic runs. When it triggers it runs the pipeline (which must register a version), then starts the rollout spec to ship the new version, and records the chain for 'lineage show'. It does not trigger again within --cooldown, nor while a rollout is in progress.",
        arguments: [ArgumentSpec("NAME", "the policy's name")],
        flags: [
            FlagSpec("on", "drift, schedule or performance", kind: .value(placeholder: "WHEN"), completion: .values(["drift", "schedule", "performance"])),
            FlagSpec("pipeline", "the pipeline to run (it must register a model)", kind: .value(placeholder: "FILE"), completion: .files),
            FlagSpec("rollout", "the rollout spec that ships the new version", kind: .value(placeholder: "SPEC"), completion: .files),
            FlagSpec("window", "drift: how much recent traffic to compare (default 6h)", kind: .value(placeholder: "W")),
            FlagSpec("every", "schedule: how often (default 1d)", kind: .value(placeholder: "PERIOD")),
            FlagSpec("threshold", "performance: the online AUC below which it retrains (default 0.8)", kind: .value(placeholder: "AUC")),
            FlagSpec("cooldown", "quiet time after a trigger (default 1d)", kind: .value(placeholder: "DURATION")),
        ],
        examples: ["ct policy add retrain-on-drift --on drift --pipeline retrain.yaml --rollout canary.yaml"]
    ) { invocation, session throws(CommandError) in
        guard let name = invocation.argument(0), let on = invocation.value("on"), let pipeline = invocation.value("pipeline") else {
            throw CommandError.usage("'ct policy add' needs NAME, --on WHEN and --pipeline FILE", hint: "usage: \(invocation.spec.usage)")
        }
        let trigger: TrainingPolicy.Trigger
        switch on {
        case "drift": trigger = .drift(window: try DeployCommands.duration(invocation, "window", default: 6 * 3_600))
        case "schedule": trigger = .schedule(period: try DeployCommands.duration(invocation, "every", default: 86_400))
        case "performance":
            let text = invocation.value("threshold") ?? "0.8"
            guard let threshold = Double(text), threshold > 0, threshold < 1 else { throw CommandError.usage("--threshold takes an AUC between 0 and 1, not '\(text)'") }
            trigger = .performance(threshold: threshold)
        default: throw CommandError.usage("--on takes drift, schedule or performance, not '\(on)'")
        }
        let cooldown = try DeployCommands.duration(invocation, "cooldown", default: 86_400)
        return try session.changeSandbox(invocation) { world, files throws(CommandError) in
            let pipelineText = try files.text(pipeline)
            let rollout = try invocation.value("rollout").map { (path) throws(CommandError) in (path, try files.text(path)) }
            let policy = TrainingPolicy(
                name: name, trigger: trigger, pipeline: (pipeline, pipelineText), rollout: rollout.map { (file: $0.0, text: $0.1) },
                cooldown: cooldown, lastTriggered: nil, addedAt: world.now)
            do throws(SandboxError) { try world.addPolicy(policy) } catch { throw commandError(error) }
            return CommandOutput(
                [.notice(.success, "policy \(name): on \(trigger.summary), run \(pipeline)" + (rollout.map { ", ship with \($0.0)" } ?? ""))],
                value: .object(["name": .string(name), "trigger": .string(trigger.summary)]))
        }
    }

    static let list = CommandSpec(
        ["ct", "policy", "list"], summary: "continuous-training policies and when each last triggered",
        examples: ["ct policy list"]
    ) { _, session throws(CommandError) in
        let world = try session.readSandbox()
        return CommandOutput(
            world.policies.isEmpty ? [.paragraph("No policies. Add one with 'ct policy add NAME --on drift --pipeline FILE'.")] : [.table(Table(
                columns: [Table.Column("policy"), Table.Column("on"), Table.Column("pipeline"), Table.Column("rollout"), Table.Column("last triggered")],
                rows: world.policies.map { [$0.name, $0.trigger.summary, $0.pipeline.file, $0.rollout?.file ?? "—", $0.lastTriggered.map { Shown.time($0) } ?? "never"] }))],
            value: .object(["policies": .list(world.policies.map { .object(["name": .string($0.name), "trigger": .string($0.trigger.summary)]) })]))
    }

    static let history = CommandSpec(
        ["ct", "history"], summary: "what the policies did: why each triggered, the run, the version and the rollout",
        examples: ["ct history"]
    ) { _, session throws(CommandError) in
        let world = try session.readSandbox()
        let rows = world.trainingEvents.map { event -> [String] in
            let run = event.runID.flatMap { try? world.tracking.run($0).name } ?? "—"
            return [Shown.time(event.at), event.policy, event.reason, run, event.version.map { "v\($0)" } ?? "—",
                    event.rollout.map { String($0) } ?? "—", event.problem ?? ""]
        }
        return CommandOutput(
            rows.isEmpty ? [.paragraph("No policy has triggered yet.")] : [.table(Table(
                columns: ["when", "policy", "why", "run", "version", "rollout", "problem"].map { Table.Column($0) }, rows: rows))],
            value: .object(["events": .list(world.trainingEvents.map { event in
                .object([
                    "policy": .string(event.policy), "at": .int(Int(event.at)), "reason": .string(event.reason),
                    "run": event.runID.map(Value.string) ?? .null, "version": event.version.map { .int($0) } ?? .null,
                    "rollout": event.rollout.map { .int($0) } ?? .null, "problem": event.problem.map(Value.string) ?? .null,
                ])
            })]))
    }
}
