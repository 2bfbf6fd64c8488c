import Sandbox
import Values

/// `sandbox show`, `sandbox reset` and `clock advance`: the playground itself.
enum SandboxCommands {
    static let show = CommandSpec(
        ["sandbox", "show"], summary: "the sandbox: seed, virtual time, what it holds and how it was built",
        discussion: "A sandbox is its seed plus the commands that changed it; the transcript is replayed to rebuild it in each new process.",
        flags: [FlagSpec("commands", "list every command in the transcript")],
        examples: ["sandbox show", "sandbox show --commands"]
    ) { invocation, session throws(CommandError) in
        let workspace = try session.sandbox()
        let world = workspace.world
        var blocks: [Block] = [
            .fields([
                ("folder", workspace.folder), ("seed", String(world.seed)), ("virtual now", Shown.time(world.now)),
                ("datasets", String(world.datasets.current.count)), ("runs", String(world.tracking.runs.count)),
                ("models", String(world.registry.models.count)), ("cached steps", String(world.stepCache.count)),
                ("commands", String(workspace.entries.count)),
            ])
        ]
        if invocation.has("commands"), !workspace.entries.isEmpty { blocks.append(.code(workspace.entries.joined(separator: "\n"))) }
        return CommandOutput(blocks, value: .object([
            "folder": .string(workspace.folder), "seed": .string(String(world.seed)), "now": .int(Int(world.now)),
            "datasets": .int(world.datasets.current.count), "runs": .int(world.tracking.runs.count),
            "models": .int(world.registry.models.count), "commands": .list(workspace.entries.map(Value.string)),
        ]))
    }

    static let reset = CommandSpec(
        ["sandbox", "reset"], summary: "throw the playground away and start afresh (same seed unless --seed)",
        flags: [
            FlagSpec("seed", "the new sandbox's seed (a whole number)", kind: .value(placeholder: "N")),
            FlagSpec("yes", "do it without asking"),
        ],
        examples: ["sandbox reset --yes", "sandbox reset --seed 7 --yes"]
    ) { invocation, session throws(CommandError) in
        if let lab = session.currentLab() {
            throw CommandError(
                "lab \(lab.lab.id) is in progress and sandbox commands act on its sandbox",
                hint: "start the lab afresh with 'lab reset --yes', or leave it with 'lab quit' and reset the playground then")
        }
        let folder = try session.playgroundFolder()
        var seed = SandboxWorkspace.defaultSeed
        if let text = invocation.value("seed") {
            guard let value = UInt64(text) else { throw CommandError.usage("--seed takes a whole number from 0 to \(UInt64.max), not '\(text)'") }
            seed = value
        }
        guard invocation.has("yes") else {
            return CommandOutput(
                [.notice(.warning, "this removes every dataset, run and model in \(folder)"), .paragraph("Run it again with --yes to go ahead.")],
                value: .object(["reset": false, "folder": .string(folder)]))
        }
        session.closeSandbox()
        try SandboxWorkspace.reset(folder: folder, seed: seed)
        return CommandOutput([.notice(.success, "a fresh playground with seed \(seed)")], value: .object(["reset": true, "seed": .string(String(seed))]))
    }

    static let advance = CommandSpec(
        ["clock", "advance"], summary: "move the sandbox's virtual clock forward",
        arguments: [ArgumentSpec("DURATION", "how far: 90s, 15m, 6h, 3d or 2w")],
        examples: ["clock advance 6h", "clock advance 7d"]
    ) { invocation, session throws(CommandError) in
        guard let text = invocation.argument(0) else { throw CommandError.usage("'clock advance' needs a duration such as 6h or 3d") }
        guard let seconds = DurationText.seconds(text) else {
            throw CommandError.usage("'\(text)' is not a duration; write a number and a unit: 90s, 15m, 6h, 3d, 2w", column: invocation.arguments[0].column)
        }
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            do throws(SandboxError) { try world.advance(seconds: seconds) } catch { throw commandError(error) }
            return CommandOutput([.notice(.success, "virtual now: \(Shown.time(world.now))")], value: .object(["now": .int(Int(world.now))]))
        }
    }
}

/// Durations as the learner writes them: a whole number and one unit.
enum DurationText {
    /// `90s`, `15m`, `6h`, `3d`, `2w` in seconds (a bare `0` is no time at all), or nil.
    static func seconds(_ text: String) -> Int64? {
        if text == "0" { return 0 }
        guard let unit = text.last, let number = Int64(text.dropLast()), number >= 0, number <= 100_000 else { return nil }
        switch unit {
        case "s": return number
        case "m": return number * 60
        case "h": return number * 3_600
        case "d": return number * 86_400
        case "w": return number * 604_800
        default: return nil
        }
    }

    /// Seconds as the shortest exact text: `90s`, `15m`, `6h`, `3d`.
    static func text(_ seconds: Int64) -> String {
        for (unit, size) in [("d", Int64(86_400)), ("h", 3_600), ("m", 60)] where seconds >= size && seconds % size == 0 {
            return "\(seconds / size)\(unit)"
        }
        return "\(seconds)s"
    }
}
