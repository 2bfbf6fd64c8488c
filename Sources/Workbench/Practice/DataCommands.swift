import Modeling
import Sandbox
import Values

/// `data generate` and `data import`: put a dataset into the sandbox under a name.
enum DataCommands {
    static let generate = CommandSpec(
        ["data", "generate"], summary: "draw a use-case dataset into the sandbox: fraud, recsys or demand",
        discussion: """
            The data covers the DAYS before the sandbox's virtual now and is drawn from the sandbox seed, so the same \
            sandbox gives the same rows on every machine. fraud: card transactions with a hidden fraud model (about 1–2 % \
            fraud) and chargeback delays (label_available_at). recsys: impressions with a click from latent user–item \
            affinity. demand: demand per series with trend, weekly seasonality, holidays and noise. Generating a name \
            again makes a new version of it; earlier versions stay in the lineage.
            """,
        arguments: [ArgumentSpec("SCENARIO", "fraud, recsys or demand", completion: .values(ScenarioName.names))],
        flags: [
            FlagSpec("days", "how many days of data (1–365, default 30)", kind: .value(placeholder: "D")),
            FlagSpec("name", "the dataset's name (default: the scenario)", kind: .value(placeholder: "NAME")),
            FlagSpec("granularity", "demand only: hourly or daily (default daily)", kind: .value(placeholder: "G"), completion: .values(DemandGranularity.allCases.map(\.rawValue))),
        ],
        examples: ["data generate fraud --days 30 --name transactions", "data generate demand --days 90 --granularity hourly"]
    ) { invocation, session throws(CommandError) in
        guard let scenarioName = invocation.argument(0) else {
            throw CommandError.usage("'data generate' needs a scenario: \(ScenarioName.names.joined(separator: ", "))", hint: "usage: \(invocation.spec.usage)")
        }
        guard let scenario = ScenarioName(rawValue: scenarioName) else {
            throw CommandError.usage("unknown scenario '\(scenarioName)'; choose \(ScenarioName.names.joined(separator: ", "))", column: invocation.arguments[0].column)
        }
        let days = try invocation.integer("days", in: 1...World.maximumGeneratedDays, default: 30)
        var granularity: DemandGranularity?
        if let text = invocation.value("granularity") {
            guard let value = DemandGranularity(rawValue: text) else { throw CommandError.usage("--granularity takes hourly or daily, not '\(text)'") }
            granularity = value
        }
        let name = invocation.value("name") ?? scenario.rawValue
        return try session.changeSandbox(invocation) { world, _ throws(CommandError) in
            let entry: DatasetEntry
            do throws(SandboxError) { entry = try world.generate(scenario, days: days, name: name, granularity: granularity) } catch { throw commandError(error) }
            return created(entry, in: world, verb: "generated \(days) days of \(scenario.rawValue) data")
        }
    }

    static let importCSV = CommandSpec(
        ["data", "import"], summary: "read a CSV file into the sandbox as a named dataset",
        discussion: """
            RFC 4180 CSV with a header row. Column types are inferred (numeric, boolean, timestamp in ISO 8601, else \
            categorical); --type COL=TYPE overrides one. A malformed row is an error at its line and column, and nothing \
            is imported. The sandbox keeps a copy of the file, so the dataset survives the file being moved or changed.
            """,
        arguments: [ArgumentSpec("FILE", "the CSV file", completion: .files)],
        flags: [
            FlagSpec("name", "the dataset's name", kind: .value(placeholder: "NAME")),
            FlagSpec("target", "the column a model should predict", kind: .value(placeholder: "COLUMN")),
            FlagSpec("type", "force a column's type: COL=numeric|categorical|boolean|timestamp", kind: .repeated(placeholder: "COL=TYPE")),
        ],
        examples: ["data import transactions.csv --name tx --target is_fraud", "data import sales.csv --name sales --type store=categorical"]
    ) { invocation, session throws(CommandError) in
        guard let path = invocation.argument(0), let name = invocation.value("name") else {
            throw CommandError.usage("'data import' needs FILE and --name NAME", hint: "usage: \(invocation.spec.usage)")
        }
        var types: [String: ColumnType] = [:]
        for text in invocation.allValues("type") {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let type = ColumnType(rawValue: parts[1]) else {
                throw CommandError.usage("--type takes COL=TYPE with TYPE numeric, categorical, boolean or timestamp, not '\(text)'")
            }
            types[parts[0]] = type
        }
        return try session.changeSandbox(invocation) { world, files throws(CommandError) in
            let bytes = try files.bytes(path)
            let entry: DatasetEntry
            do throws(SandboxError) {
                entry = try world.importCSV(
                    bytes, fileName: path, fileHash: sha256Hex(bytes), name: name, target: invocation.value("target"), types: types)
            } catch {
                throw commandError(error)
            }
            return created(entry, in: world, verb: "imported \(path)")
        }
    }

    static func created(_ entry: DatasetEntry, in world: World, verb: String) -> CommandOutput {
        let dataset = world.artifacts.dataset(entry.hash)
        let rows = dataset?.rowCount ?? 0
        let columns = dataset?.columns.count ?? 0
        return CommandOutput(
            [
                .notice(.success, "\(verb): '\(entry.name)', \(rows) rows × \(columns) columns"),
                .fields([("version", String(entry.hash.prefix(12))), ("next", "data show \(entry.name)")]),
            ],
            value: entry.value(dataset: dataset))
    }
}
