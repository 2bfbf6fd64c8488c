/// Which commands a lab runs for the learner (setup, solution) and replays from an attempt: the
/// sandbox commands, except the one that throws a sandbox away.
enum LabCommandPolicy {
    /// First words of the commands that act on a sandbox or on files in its workspace.
    static let sandboxWords: Set<String> = [
        "sandbox", "clock", "data", "runs", "model", "pipeline", "ci", "tracking", "deploy", "fault", "traffic", "request",
        "metrics", "alert", "alerts", "drift", "rollout",
    ]

    /// Why `spec` may not run as a line of a lab, or nil when it may.
    static func refusal(_ spec: CommandSpec) -> String? {
        guard let first = spec.path.first, sandboxWords.contains(first), spec.path != ["sandbox", "reset"] else {
            return "'\(spec.name)' is not a sandbox command"
        }
        return nil
    }

    /// The hint that goes with a refusal.
    static let hint = "setup, solution and attempt lines use sandbox commands: " + sandboxWords.sorted().joined(separator: ", ")

    /// Parses `line` as a lab would run it, or says why it cannot run (with the column when known).
    static func check(_ line: String, registry: CommandRegistry) -> CommandError? {
        do throws(CommandError) {
            let words = try Tokenizer.words(line)
            let invocation = try CommandParser(registry: registry).parse(words)
            if let refusal = refusal(invocation.spec) { return CommandError.usage(refusal, hint: hint, column: 1) }
            return nil
        } catch {
            return error
        }
    }
}
