import Sandbox
import Values

/// `model list`, `model show` and `model alias`: the model registry.
enum RegistryCommands {
    static let list = CommandSpec(
        ["model", "list"], summary: "registered models: versions and where each alias points",
        examples: ["model list"]
    ) { _, session throws(CommandError) in
        let world = try session.readSandbox()
        let models = world.registry.models
        guard !models.isEmpty else {
            return CommandOutput(
                [.paragraph("No registered models yet. A pipeline's 'register' step creates a version.")],
                value: .object(["models": .list([])]))
        }
        let table = Table(
            columns: [Table.Column("model"), Table.Column("versions", alignRight: true), Table.Column("aliases"), Table.Column("latest")],
            rows: models.map { model in
                [model.name, String(model.versions.count), aliasText(model), model.versions.last.map { "v\($0.version) from run \($0.runID.prefix(8))" } ?? ""]
            })
        return CommandOutput([.table(table)], value: .object(["models": .list(models.map(\.value))]))
    }

    static let show = CommandSpec(
        ["model", "show"], summary: "one registered model: its versions, their runs and metrics, aliases and the alias audit trail",
        arguments: [ArgumentSpec("NAME", "the registered model (NAME or NAME@ALIAS)", completion: .ids("model"))],
        examples: ["model show fraud-detector", "model show fraud-detector@champion"]
    ) { invocation, session throws(CommandError) in
        guard let text = invocation.argument(0) else { throw CommandError.usage("'model show' needs a model name", hint: "see 'model list'") }
        let world = try session.readSandbox()
        let name = String(text.split(separator: "@", maxSplits: 1).first ?? "")
        guard let model = world.registry.model(name) else {
            throw CommandError("no registered model '\(name)'", hint: "see 'model list'")
        }
        let runs = world.tracking
        let versions = Table(
            columns: [Table.Column("version"), Table.Column("aliases"), Table.Column("run"), Table.Column("created"), Table.Column("auc", alignRight: true), Table.Column("rmse", alignRight: true)],
            rows: model.versions.map { version in
                let run = try? runs.run(version.runID)
                return [
                    "v\(version.version)", model.aliases(of: version.version).joined(separator: ", "), run?.name ?? String(version.runID.prefix(8)),
                    Shown.time(milliseconds: version.createdAt), run?.metric("auc").map(Shown.number) ?? "", run?.metric("rmse").map(Shown.number) ?? "",
                ]
            })
        var blocks: [Block] = [.heading("\(model.name) — \(model.versions.count) versions"), .table(versions)]
        if !model.audit.isEmpty {
            blocks += [.heading("Alias moves"), .table(Table(
                columns: [Table.Column("when"), Table.Column("alias"), Table.Column("from"), Table.Column("to"), Table.Column("by")],
                rows: model.audit.map { [Shown.time(milliseconds: $0.at), $0.alias, $0.from.map { "v\($0)" } ?? "—", $0.to.map { "v\($0)" } ?? "removed", $0.by] }))]
        }
        return CommandOutput(blocks, value: model.value)
    }

    static let alias = CommandSpec(
        ["model", "alias"], summary: "point an alias such as champion at a version (recorded in the audit trail)",
        discussion: "Aliases are how serving and pipelines find a model: 'champion' is what a gate compares against and what gets deployed. Moving one is recorded with its time and who moved it; --remove deletes it.",
        arguments: [
            ArgumentSpec("NAME@ALIAS", "the model and the alias, e.g. fraud-detector@champion", completion: .ids("model")),
            ArgumentSpec("VERSION", "the version number (v2 or 2)", optional: true),
        ],
        flags: [FlagSpec("remove", "delete the alias instead")],
        examples: ["model alias fraud-detector@champion 2", "model alias fraud-detector@challenger --remove"]
    ) { invocation, session throws(CommandError) in
        guard let target = invocation.argument(0) else { throw CommandError.usage("'model alias' needs NAME@ALIAS and a version") }
        let parts = target.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw CommandError.usage("write the model and alias as NAME@ALIAS, e.g. fraud-detector@champion, not '\(target)'", column: invocation.arguments[0].column)
        }
        var version: Int?
        if !invocation.has("remove") {
            guard let text = invocation.argument(1) else { throw CommandError.usage("'model alias' needs a version, or --remove") }
            guard let number = Int(text.hasPrefix("v") ? String(text.dropFirst()) : text), number > 0 else {
                throw CommandError.usage("'\(text)' is not a version number; write 2 or v2", column: invocation.arguments[1].column)
            }
            version = number
        }
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            let previous = world.registry.model(parts[0])?.aliases[parts[1]]
            do throws(SandboxError) {
                try world.registry.setAlias(parts[1], of: parts[0], to: version, at: world.nowMilliseconds, by: "model alias")
            } catch {
                throw commandError(error)
            }
            let moved = version.map { "\(parts[0])@\(parts[1]) → v\($0)" + (previous.map { " (was v\($0))" } ?? "") } ?? "removed \(parts[0])@\(parts[1])"
            return CommandOutput(
                [.notice(.success, moved)],
                value: .object([
                    "model": .string(parts[0]), "alias": .string(parts[1]), "version": version.map { .int($0) } ?? .null,
                    "previous": previous.map { .int($0) } ?? .null,
                ]))
        }
    }

    private static func aliasText(_ model: RegisteredModel) -> String {
        model.aliases.keys.sorted().map { "\($0)→v\(model.aliases[$0] ?? 0)" }.joined(separator: ", ")
    }
}
