import Values

/// `help [COMMAND…]`: the command list, or one command's usage, arguments, flags and examples.
public enum HelpCommand {
    static let spec = CommandSpec(
        ["help"], summary: "list the commands, or explain one",
        discussion: "Without arguments, lists every command. With a command's words, shows its usage, arguments, flags and examples. Every command also accepts --help.",
        arguments: [ArgumentSpec("COMMAND", "the command to explain", optional: true, variadic: true, completion: .commands)],
        examples: ["help", "help config", "help config set"]
    ) { invocation, session throws(CommandError) in
        let words = invocation.arguments.map(\.text)
        let registry = session.registry
        if words.isEmpty { return overview(registry) }
        if let spec = registry.command(words) { return help(for: spec, registry: registry) }
        let group = registry.commands(under: words)
        if !group.isEmpty { return overview(registry, group: group, title: words.joined(separator: " ")) }
        let known = registry.commands.map(\.name)
        let hint = Suggestions.phrase(for: words.joined(separator: " "), among: known, prefix: "help ")
        throw CommandError.usage(
            "no command '\(words.joined(separator: " "))'", hint: hint ?? "type 'help' for the list",
            column: invocation.arguments.first?.column)
    }

    static func overview(_ registry: CommandRegistry, group: [CommandSpec]? = nil, title: String? = nil) -> CommandOutput {
        let specs = group ?? registry.commands
        let rows = specs.map { [$0.name, $0.summary] }
        var blocks: [Block] = [
            .heading(title.map { "Commands: \($0)" } ?? "Commands"),
            .table(Table(columns: [Table.Column("command"), Table.Column("what it does")], rows: rows)),
        ]
        blocks.append(.paragraph(
            "Type 'help COMMAND' for details. Every command takes --json for machine-readable output; Tab completes commands, flags and ids."))
        let value = Value.object([
            Value.Field("commands", .list(specs.map { spec in
                .object(["name": .string(spec.name), "summary": .string(spec.summary), "usage": .string(spec.usage)])
            })),
        ])
        return CommandOutput(blocks, value: value)
    }

    /// The help page of one command.
    public static func help(for spec: CommandSpec, registry: CommandRegistry) -> CommandOutput {
        var blocks: [Block] = [.heading(spec.name), .paragraph(spec.summary), .code("usage: " + spec.usage)]
        if !spec.discussion.isEmpty { blocks.append(.paragraph(spec.discussion)) }
        if !spec.arguments.isEmpty {
            blocks.append(.heading("Arguments"))
            blocks.append(.fields(spec.arguments.map { (label: $0.name, text: $0.summary + ($0.isOptional ? " (optional)" : "")) }))
        }
        let flagRows = spec.allFlags.map { flag -> (label: String, text: String) in
            switch flag.kind {
            case .toggle: return ("--\(flag.name)", flag.summary)
            case .value(let placeholder): return ("--\(flag.name) \(placeholder)", flag.summary)
            case .repeated(let placeholder): return ("--\(flag.name) \(placeholder)", flag.summary + " (repeatable)")
            }
        }
        blocks.append(.heading("Flags"))
        blocks.append(.fields(flagRows))
        let subcommands = registry.commands(under: spec.path).filter { $0.path != spec.path }
        if !subcommands.isEmpty {
            blocks.append(.heading("Related commands"))
            blocks.append(.table(Table(
                columns: [Table.Column("command"), Table.Column("what it does")],
                rows: subcommands.map { [$0.name, $0.summary] })))
        }
        if !spec.examples.isEmpty {
            blocks.append(.heading("Examples"))
            blocks.append(.code(spec.examples.map { "  " + $0 }.joined(separator: "\n")))
        }
        let value = Value.object([
            "name": .string(spec.name),
            "summary": .string(spec.summary),
            "usage": .string(spec.usage),
            "discussion": .string(spec.discussion),
            "arguments": .list(spec.arguments.map {
                .object(["name": .string($0.name), "summary": .string($0.summary), "optional": .bool($0.isOptional)])
            }),
            "flags": .list(spec.allFlags.map { .object(["name": .string("--" + $0.name), "summary": .string($0.summary)]) }),
            "examples": .list(spec.examples.map(Value.string)),
        ])
        return CommandOutput(blocks, value: value)
    }
}
