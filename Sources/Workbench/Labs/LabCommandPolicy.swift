/// Which commands a lab runs for the learner (setup, solution) and replays from an attempt: the
/// sandbox commands, except the one that throws a sandbox away.
enum LabCommandPolicy {
    /// The commands a lab may run: `Builtins.practice`, except the one that throws a sandbox away.
    static let allowed: Set<[String]> = Set(Builtins.practice.map(\.path)).subtracting([["sandbox", "reset"]])

    /// Why `spec` may not run as a line of a lab, or nil when it may.
    static func refusal(_ spec: CommandSpec) -> String? {
        allowed.contains(spec.path) ? nil : "'\(spec.name)' is not a sandbox command"
    }

    /// The hint that goes with a refusal.
    static let hint = "setup, solution and attempt lines use sandbox commands: "
        + Set(allowed.compactMap(\.first)).sorted().joined(separator: ", ")

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
