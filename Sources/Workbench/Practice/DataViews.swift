import Modeling
import Sandbox
import Values

/// `data list`, `data show`, `data export` and `data lineage`: read the sandbox's datasets.
enum DataViews {
    static let list = CommandSpec(
        ["data", "list"], summary: "the sandbox's datasets: name, rows, columns, version and origin",
        examples: ["data list", "data list --json"]
    ) { _, session throws(CommandError) in
        let world = try session.readSandbox()
        let entries = world.datasets.current
        guard !entries.isEmpty else {
            return CommandOutput(
                [.paragraph("The sandbox has no datasets yet. Make one with 'data generate fraud --days 30' or 'data import FILE --name N'.")],
                value: .object(["datasets": .list([])]))
        }
        let rows = entries.map { entry -> [String] in
            let dataset = world.artifacts.dataset(entry.hash)
            return [entry.name, String(dataset?.rowCount ?? 0), String(dataset?.columns.count ?? 0), String(entry.hash.prefix(12)), originText(entry.origin)]
        }
        let table = Table(
            columns: [Table.Column("name"), Table.Column("rows", alignRight: true), Table.Column("columns", alignRight: true), Table.Column("version"), Table.Column("origin")],
            rows: rows)
        return CommandOutput(
            [.table(table)],
            value: .object(["datasets": .list(entries.map { $0.value(dataset: world.artifacts.dataset($0.hash)) })]))
    }

    static let show = CommandSpec(
        ["data", "show"], summary: "a dataset's schema, summary statistics, a histogram per column and its first rows",
        arguments: [ArgumentSpec("NAME", "the dataset", completion: .ids("dataset"))],
        flags: [FlagSpec("rows", "how many rows to show (0–50, default 5)", kind: .value(placeholder: "K"))],
        examples: ["data show transactions", "data show transactions --rows 20"]
    ) { invocation, session throws(CommandError) in
        guard let name = invocation.argument(0) else { throw CommandError.usage("'data show' needs a dataset name", hint: "see 'data list'") }
        let count = try invocation.integer("rows", in: 0...50, default: 5)
        let world = try session.readSandbox()
        let found: (entry: DatasetEntry, dataset: Dataset)
        do throws(SandboxError) { found = try world.dataset(named: name) } catch { throw commandError(error) }
        let dataset = found.dataset
        let summaries = dataset.summary()
        let schemaRows = zip(dataset.columns, summaries).map { column, summary -> [String] in
            [column.name, column.values.type.rawValue, column.role.rawValue, String(summary.missing), statsText(summary)]
        }
        var blocks: [Block] = [
            .heading("\(name) — \(dataset.rowCount) rows × \(dataset.columns.count) columns, version \(found.entry.hash.prefix(12))"),
            .table(Table(
                columns: [Table.Column("column"), Table.Column("type"), Table.Column("role"), Table.Column("missing", alignRight: true), Table.Column("summary")],
                rows: schemaRows)),
        ]
        // Ids and timestamps would only show flat bars; the histograms are of what a model reads and predicts.
        for column in dataset.columns where column.role == .feature || column.role == .target {
            blocks.append(.bars(ColumnHistogram.chart(column)))
        }
        let preview = try rowsPreview(dataset, count: count)
        if count > 0 { blocks.append(.table(preview.table)) }
        return CommandOutput(blocks, value: .object([
            "dataset": found.entry.value(dataset: dataset),
            "columns": .list(zip(dataset.columns, summaries).map { summaryValue($0.0, $0.1) }),
            "rows": .list(preview.values),
        ]))
    }

    static let export = CommandSpec(
        ["data", "export"], summary: "write a dataset to a CSV file",
        discussion: "RFC 4180 CSV with a header row. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return at the start) are prefixed with a quote when --spreadsheet-safe is given.",
        arguments: [ArgumentSpec("NAME", "the dataset", completion: .ids("dataset")), ArgumentSpec("FILE", "where to write it", completion: .files)],
        flags: [FlagSpec("spreadsheet-safe", "escape cells a spreadsheet would run as formulas")],
        examples: ["data export transactions tx.csv"]
    ) { invocation, session throws(CommandError) in
        guard let name = invocation.argument(0), let path = invocation.argument(1) else {
            throw CommandError.usage("'data export' needs NAME and FILE", hint: "usage: \(invocation.spec.usage)")
        }
        let world = try session.readSandbox()
        let found: (entry: DatasetEntry, dataset: Dataset)
        do throws(SandboxError) { found = try world.dataset(named: name) } catch { throw commandError(error) }
        let text = CSVWriter(spreadsheetSafe: invocation.has("spreadsheet-safe")).text(for: found.dataset)
        try FileStore.writeAtomically(text, to: try session.workspacePath(path), mode: 0o644)
        return CommandOutput(
            [.notice(.success, "wrote '\(name)' (\(found.dataset.rowCount) rows) to \(path)")],
            value: .object(["dataset": .string(name), "file": .string(path), "rows": .int(found.dataset.rowCount), "version": .string(found.entry.hash)]))
    }

    static func originText(_ origin: DatasetOrigin) -> String {
        switch origin {
        case .generated(let scenario, let days, _): "generated \(scenario), \(days) days"
        case .imported(let file, _): "imported \(file)"
        case .pipeline(let runID, let step, let output): "run \(runID.prefix(8)) step \(step).\(output)"
        }
    }

    private static func statsText(_ summary: ColumnSummary) -> String {
        if !summary.topCategories.isEmpty, summary.type != .numeric {
            return "\(summary.distinctCount) distinct; top " + summary.topCategories.prefix(3).map { "\($0.category) (\($0.count))" }.joined(separator: ", ")
        }
        guard let mean = summary.mean, let minimum = summary.minimum, let maximum = summary.quantiles.last else { return "no values" }
        let median = summary.quantiles.count > 1 ? summary.quantiles[1] : mean
        if summary.type == .timestamp {
            return "\(Shown.time(Int64(minimum))) … \(Shown.time(Int64(maximum)))"
        }
        return "mean \(Shown.number(mean)), sd \(Shown.number(summary.standardDeviation ?? 0)), min \(Shown.number(minimum)), median \(Shown.number(median)), max \(Shown.number(maximum))"
    }

    private static func summaryValue(_ column: Column, _ summary: ColumnSummary) -> Value {
        var fields: [Value.Field] = [
            Value.Field("name", .string(column.name)), Value.Field("type", .string(column.values.type.rawValue)),
            Value.Field("role", .string(column.role.rawValue)), Value.Field("count", .int(summary.count)),
            Value.Field("missing", .int(summary.missing)), Value.Field("distinct", .int(summary.distinctCount)),
        ]
        if let mean = summary.mean { fields.append(Value.Field("mean", .double(mean))) }
        if let sd = summary.standardDeviation { fields.append(Value.Field("sd", .double(sd))) }
        if let minimum = summary.minimum { fields.append(Value.Field("min", .double(minimum))) }
        if !summary.quantiles.isEmpty { fields.append(Value.Field("quartiles", .list(summary.quantiles.map(Value.double)))) }
        if !summary.topCategories.isEmpty {
            fields.append(Value.Field("top", .object(summary.topCategories.map { Value.Field($0.category, .int($0.count)) })))
        }
        return .object(fields)
    }

    private static func rowsPreview(_ dataset: Dataset, count: Int) throws(CommandError) -> (table: Table, values: [Value]) {
        let shown = min(count, dataset.rowCount)
        var rows: [[String]] = []
        var values: [Value] = []
        for row in 0..<shown {
            let cells = dataset.columns.map { cellText($0.values, row: row) }
            rows.append(cells)
            values.append(.object(zip(dataset.columns, cells).map { Value.Field($0.0.name, .string($0.1)) }))
        }
        return (Table(columns: dataset.columns.map { Table.Column($0.name, alignRight: $0.values.type == .numeric) }, rows: rows), values)
    }

    static func cellText(_ values: ColumnValues, row: Int) -> String {
        values.text(row: row, number: Shown.number)
    }
}
