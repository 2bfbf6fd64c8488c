import Values

/// `config show`, `config set` and `config unset`.
enum ConfigCommands {
    private static let keys = CompletionKind.values(Settings.known.map(\.key))

    static let show = CommandSpec(
        ["config", "show"], summary: "show every setting, its value and where the value comes from",
        examples: ["config show", "config show --json"]
    ) { _, session throws(CommandError) in
        let settings = session.settings
        let rows = Settings.known.map { [$0.key, settings.value($0.key), settings.source($0.key), $0.summary] }
        let value = Value.list(Settings.known.map { spec in
            .object([
                "key": .string(spec.key), "value": .string(settings.value(spec.key)),
                "source": .string(settings.source(spec.key)), "default": .string(spec.defaultValue),
            ])
        })
        var blocks: [Block] = [.table(Table(
            columns: [Table.Column("setting"), Table.Column("value"), Table.Column("from"), Table.Column("meaning")],
            rows: rows))]
        if let path = settings.path { blocks.append(.paragraph("Saved in \(path).")) }
        return CommandOutput(blocks, value: value)
    }

    static let set = CommandSpec(
        ["config", "set"], summary: "change a setting",
        arguments: [
            ArgumentSpec("KEY", "the setting", completion: keys),
            ArgumentSpec("VALUE", "its new value"),
        ],
        examples: ["config set color never", "config set review.retention 0.85"]
    ) { invocation, session throws(CommandError) in
        let key = invocation.argument(0) ?? ""
        let text = invocation.argument(1) ?? ""
        if session.settings.path == nil, session.home == nil { _ = try session.requireHome() }
        try session.settings.set(key, to: text)
        let value = session.settings.value(key)
        if key == "history.size", let size = Int(value) { session.history.limit = size }
        return CommandOutput(
            [.notice(.success, "\(key) = \(value)")], value: .object(["key": .string(key), "value": .string(value)]))
    }

    static let unset = CommandSpec(
        ["config", "unset"], summary: "return a setting to its default",
        arguments: [ArgumentSpec("KEY", "the setting", completion: keys)],
        examples: ["config unset color"]
    ) { invocation, session throws(CommandError) in
        let key = invocation.argument(0) ?? ""
        if session.settings.path == nil, session.home == nil { _ = try session.requireHome() }
        try session.settings.unset(key)
        let value = session.settings.value(key)
        return CommandOutput(
            [.notice(.success, "\(key) = \(value) (default)")], value: .object(["key": .string(key), "value": .string(value)]))
    }
}
