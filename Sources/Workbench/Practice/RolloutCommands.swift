import Sandbox
import Values

/// `rollout start|status|promote|abort|undo|history|lint|replay`: progressive delivery with Argo Rollouts' semantics.
enum RolloutCommands {
    static let start = CommandSpec(
        ["rollout", "start"], summary: "roll the served model out to a new version, following a canary or blue/green spec",
        discussion: "The spec (docs/rollouts.md) holds the strategy and its analysis templates. Steps and analysis advance as virtual time does: run 'traffic run' to move the rollout along. In analysis queries, version=\"canary\" and version=\"stable\" (or \"preview\" and \"active\") stand for the rollout's versions.",
        arguments: [
            ArgumentSpec("SPEC", "the rollout YAML", completion: .files),
            ArgumentSpec("MODEL@VERSION", "the version to roll out, e.g. fraud-detector@challenger", completion: .ids("model")),
        ],
        examples: ["rollout start rollouts/canary.yaml fraud-detector@challenger"]
    ) { invocation, session throws(CommandError) in
        guard let path = invocation.argument(0), let reference = invocation.argument(1) else {
            throw CommandError.usage("'rollout start' needs SPEC and MODEL@VERSION", hint: "usage: \(invocation.spec.usage)")
        }
        return try session.changeSandbox(invocation) { world, files throws(CommandError) in
            let spec = try load(path, files: files)
            let number: Int
            do throws(SandboxError) { number = try world.startRollout(spec, to: reference) } catch { throw commandError(error) }
            var output = status(world, number: number)
            output.blocks.insert(.notice(.success, "rollout \(number) started: \(spec.name)"), at: 0)
            let warnings = RolloutLint.warnings(spec)
            if !warnings.isEmpty { output.blocks.append(.bullets(warnings.map { "lint: \($0.description)" })) }
            return output
        }
    }

    static let show = CommandSpec(
        ["rollout", "status"], summary: "the current rollout: phase, step, weights, each analysis run with its measurements",
        arguments: [ArgumentSpec("NUMBER", "which rollout (default: the latest)", optional: true)],
        examples: ["rollout status", "rollout status 2"]
    ) { invocation, session throws(CommandError) in
        let world = try session.readSandbox()
        guard !world.rollouts.rollouts.isEmpty else {
            return CommandOutput([.paragraph("No rollout yet. Start one with 'rollout start SPEC MODEL@VERSION'.")], value: .object(["rollouts": .list([])]))
        }
        let number = try invocation.argument(0).map { (text) throws(CommandError) -> Int in
            guard let value = Int(text), world.rollouts.rollouts.indices.contains(value - 1) else {
                throw CommandError.usage("there is no rollout '\(text)'; there are \(world.rollouts.rollouts.count)")
            }
            return value
        } ?? world.rollouts.rollouts.count
        return status(world, number: number)
    }

    static let promote = simple(
        ["rollout", "promote"], "resume a paused rollout (or skip the running step); --full skips every remaining step and analysis",
        flags: [FlagSpec("full", "go straight to 100 %")], examples: ["rollout promote", "rollout promote --full"]
    ) { history, model, invocation, measure throws(SandboxError) in
        try history.promote(model, full: invocation.has("full"), measure: measure)
    }

    static let abort = simple(
        ["rollout", "abort"], "stop the rollout: all traffic back to the stable version, phase Degraded",
        flags: [], examples: ["rollout abort"]
    ) { history, model, _, _ throws(SandboxError) in
        try history.abort(model)
    }

    static let undo = CommandSpec(
        ["rollout", "undo"], summary: "roll back to the version that was stable before the last completed rollout (runs the strategy again)",
        examples: ["rollout undo"]
    ) { invocation, session throws(CommandError) in
        try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            guard let model = world.serving.model else { throw CommandError("nothing is deployed") }
            let now = world.now
            var number = 0
            do throws(SandboxError) {
                try world.changeRollout { (history, measure) throws(SandboxError) in number = try history.undo(model, at: now, measure: measure) }
            } catch {
                throw commandError(error)
            }
            return status(world, number: number)
        }
    }

    static let history = CommandSpec(
        ["rollout", "history"], summary: "every rollout: from and to which version, how it ended, and when",
        examples: ["rollout history"]
    ) { _, session throws(CommandError) in
        let world = try session.readSandbox()
        let rows = world.rollouts.rollouts.enumerated().map { index, rollout in
            [String(index + 1), rollout.spec.name, "v\(rollout.target.stableVersion) → v\(rollout.target.newVersion)", rollout.phase.rawValue,
             Shown.time(rollout.startedAt), rollout.finishedAt.map { Shown.time($0) } ?? "—", rollout.message ?? ""]
        }
        guard !rows.isEmpty else { return CommandOutput([.paragraph("No rollout yet.")], value: .object(["rollouts": .list([])])) }
        return CommandOutput(
            [.table(Table(
                columns: ["#", "spec", "versions", "phase", "started", "finished", "message"].map { Table.Column($0) }, rows: rows))],
            value: .object(["rollouts": .list(world.rollouts.rollouts.map(\.value))]))
    }

    static let lint = CommandSpec(
        ["rollout", "lint"], summary: "check a rollout spec for the known traps (failureLimit 0, analysis that never ends, gaps between conditions…)",
        arguments: [ArgumentSpec("SPEC", "the rollout YAML", completion: .files)],
        examples: ["rollout lint rollouts/canary.yaml"]
    ) { invocation, session throws(CommandError) in
        guard let path = invocation.argument(0) else { throw CommandError.usage("'rollout lint' needs a spec file") }
        let spec = try load(path, files: session.liveFiles())
        let warnings = RolloutLint.warnings(spec)
        guard !warnings.isEmpty else {
            return CommandOutput([.notice(.success, "\(path): no known traps")], value: .object(["warnings": .list([])]))
        }
        return CommandOutput(
            [.notice(.warning, "\(warnings.count) warning\(warnings.count == 1 ? "" : "s") in \(path)"), .bullets(warnings.map(\.description))],
            value: .object(["warnings": .list(warnings.map { .string($0.description) })]))
    }

    static let replay = CommandSpec(
        ["rollout", "replay"], summary: "judge a recorded analysis run again under other settings (failureLimit, conditions…)",
        discussion: "The measured values are kept; only the decision is recomputed, as Argo Rollouts would have made it with the changed settings. Nothing in the sandbox changes.",
        arguments: [ArgumentSpec("RUN", "an analysis run, ROLLOUT.RUN such as 2.1 (see 'rollout status')")],
        flags: [FlagSpec("set", "a setting, e.g. failureLimit=2 or error-rate.successCondition='result < 0.1'", kind: .repeated(placeholder: "KEY=VALUE"))],
        examples: ["rollout replay 1.1 --set failureLimit=2"]
    ) { invocation, session throws(CommandError) in
        guard let id = invocation.argument(0) else { throw CommandError.usage("'rollout replay' needs a run such as 1.1") }
        var settings: [String: String] = [:]
        for text in invocation.allValues("set") {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw CommandError.usage("--set takes KEY=VALUE, not '\(text)'") }
            settings[parts[0]] = parts[1]
        }
        let world = try session.readSandbox()
        let original: AnalysisRun
        let replayed: AnalysisRun
        do throws(SandboxError) {
            original = try world.rollouts.analysisRun(id)
            replayed = try world.rollouts.replay(id, settings: settings)
        } catch {
            throw commandError(error)
        }
        return CommandOutput(
            [
                .fields([("recorded", "\(original.phase.rawValue)" + (original.message.map { ": \($0)" } ?? "")),
                         ("replayed", "\(replayed.phase.rawValue)" + (replayed.message.map { ": \($0)" } ?? ""))]),
                .table(runTable(replayed)),
            ],
            value: .object(["recorded": original.value, "replayed": replayed.value]))
    }

    private static func simple(
        _ path: [String], _ summary: String, flags: [FlagSpec], examples: [String],
        _ change: @escaping @Sendable (inout RolloutHistory, String, Invocation, RolloutHistory.Measure) throws(SandboxError) -> Void
    ) -> CommandSpec {
        CommandSpec(path, summary: summary, flags: flags, examples: examples) { invocation, session throws(CommandError) in
            try session.changeSandbox(invocation) { world, _ throws(CommandError) in
                guard let model = world.serving.model else { throw CommandError("nothing is deployed") }
                do throws(SandboxError) {
                    try world.changeRollout { (history, measure) throws(SandboxError) in try change(&history, model, invocation, measure) }
                } catch {
                    throw commandError(error)
                }
                return status(world, number: world.rollouts.rollouts.count)
            }
        }
    }

    static func load(_ path: String, files: SandboxFiles) throws(CommandError) -> RolloutSpec {
        let text = try files.text(path)
        do throws(RolloutSpecError) {
            return try RolloutSpec.load(text: text, file: path)
        } catch {
            throw PipelineFile.specError(PipelineSpecError(problems: error.problems))
        }
    }

    static func status(_ world: World, number: Int) -> CommandOutput {
        let rollout = world.rollouts.rollouts[number - 1]
        var blocks: [Block] = [
            .heading("Rollout \(number): \(rollout.spec.name) — \(rollout.target.model) v\(rollout.target.stableVersion) → v\(rollout.target.newVersion)"),
            .fields([
                ("phase", rollout.phase.rawValue + (rollout.pauseConditions.isEmpty ? "" : " (" + rollout.pauseConditions.map { condition in
                    condition.reason.rawValue + (condition.until.map { " until \(Shown.time($0))" } ?? ", waiting for 'rollout promote'")
                }.joined(separator: "; ") + ")")),
                ("traffic", "\(rollout.traffic)"), ("step", String(rollout.stepIndex)), ("canary weight", "\(rollout.canaryWeight)%"),
            ] + (rollout.message.map { [("message", $0)] } ?? [])),
        ]
        for (index, run) in rollout.analysisRuns.enumerated() {
            blocks.append(.heading("Analysis \(number).\(index + 1) (\(run.templates.joined(separator: ", "))): \(run.phase.rawValue)"))
            blocks.append(.table(runTable(run)))
            if let explanation = run.explanation { blocks.append(.paragraph(explanation)) }
        }
        blocks.append(.bullets(rollout.events.suffix(12).map { "\(Shown.time($0.time)) \($0.description)" }))
        return CommandOutput(blocks, value: rollout.value)
    }

    private static func runTable(_ run: AnalysisRun) -> Table {
        Table(
            columns: [Table.Column("metric"), Table.Column("phase"), Table.Column("ok", alignRight: true), Table.Column("failed", alignRight: true),
                      Table.Column("inconclusive", alignRight: true), Table.Column("errors", alignRight: true), Table.Column("values")],
            rows: run.results.map { result in
                [result.name, result.phase.rawValue, String(result.successful), String(result.failed), String(result.inconclusive), String(result.errors),
                 measuredText(result)]
            })
    }

    /// The last six measured values, `error` where a measurement failed.
    private static func measuredText(_ result: MetricResult) -> String {
        var parts: [String] = []
        for measurement in result.measurements.suffix(6) {
            if let value = measurement.value { parts.append(Shown.number(value)) } else { parts.append("error") }
        }
        return parts.joined(separator: ", ")
    }
}
