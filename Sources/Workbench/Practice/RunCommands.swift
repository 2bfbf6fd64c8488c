import Sandbox
import Values

/// `runs list`, `runs show`, `runs compare` and `runs best`: the experiment-tracking views.
enum RunCommands {
    static let list = CommandSpec(
        ["runs", "list"], summary: "tracked runs, newest first, with their key metrics",
        flags: [
            FlagSpec("experiment", "only this experiment's runs (a pipeline's name)", kind: .value(placeholder: "E"), completion: .ids("experiment")),
            FlagSpec("sort", "order by this metric, best first (auc, f1, rmse…)", kind: .value(placeholder: "METRIC")),
            FlagSpec("limit", "how many to show (1–1000, default 20)", kind: .value(placeholder: "N")),
        ],
        examples: ["runs list", "runs list --experiment fraud-training --sort auc"]
    ) { invocation, session throws(CommandError) in
        let world = try session.readSandbox()
        let limit = try invocation.integer("limit", in: 1...1000, default: 20)
        var runs = Array(world.tracking.runs(in: invocation.value("experiment")).reversed())
        if let metric = invocation.value("sort") {
            let lowerIsBetter = MetricDirection.lowerIsBetter(metric)
            runs = runs.filter { $0.metric(metric) != nil }.sorted { a, b in
                let (x, y) = (a.metric(metric) ?? 0, b.metric(metric) ?? 0)
                return lowerIsBetter ? x < y : x > y
            }
        }
        runs = Array(runs.prefix(limit))
        guard !runs.isEmpty else {
            return CommandOutput([.paragraph("No runs yet. Every 'pipeline run' is tracked as a run.")], value: .object(["runs": .list([])]))
        }
        let keys = metricKeys(runs, sort: invocation.value("sort"))
        let table = Table(
            columns: [Table.Column("run"), Table.Column("name"), Table.Column("status"), Table.Column("finished")] + keys.map { Table.Column($0, alignRight: true) },
            rows: runs.map { run in
                [String(run.id.prefix(8)), run.name, run.status.rawValue.lowercased(), Shown.time(milliseconds: run.endTime)]
                    + keys.map { run.metric($0).map(Shown.number) ?? "" }
            })
        return CommandOutput([.table(table)], value: .object(["runs": .list(runs.map(\.value))]))
    }

    static let show = CommandSpec(
        ["runs", "show"], summary: "one run: params, metrics, tags, artifacts and lineage",
        arguments: [ArgumentSpec("RUN", "a run id (or its first characters) or name", completion: .ids("run"))],
        examples: ["runs show fraud-training-2"]
    ) { invocation, session throws(CommandError) in
        guard let id = invocation.argument(0) else { throw CommandError.usage("'runs show' needs a run id", hint: "see 'runs list'") }
        let world = try session.readSandbox()
        let run: TrackedRun
        do throws(SandboxError) { run = try world.tracking.run(id) } catch { throw commandError(error) }
        var blocks: [Block] = [
            .heading("Run \(run.name) (\(run.id))"),
            .fields([
                ("experiment", run.experiment), ("status", run.status.rawValue.lowercased()),
                ("started", Shown.time(milliseconds: run.startTime)), ("finished", Shown.time(milliseconds: run.endTime)),
            ]),
        ]
        if !run.params.isEmpty { blocks += [.heading("Params"), .fields(run.params.map { ($0.key, $0.value) })] }
        let latest = run.latestMetrics
        if !latest.isEmpty { blocks += [.heading("Metrics (latest)"), .fields(latest.map { ($0.key, Shown.number($0.value)) })] }
        if !run.tags.isEmpty { blocks += [.heading("Tags"), .fields(run.tags.keys.sorted().map { ($0, run.tags[$0] ?? "") })] }
        if !run.artifacts.isEmpty {
            blocks += [.heading("Artifacts"), .table(Table(
                columns: [Table.Column("path"), Table.Column("kind"), Table.Column("hash")],
                rows: run.artifacts.map { [$0.path, $0.kind, String($0.hash.prefix(12))] }))]
        }
        var lineage: [(String, String)] = [("input datasets", run.lineage.inputDatasets.map { inputName($0, world) }.joined(separator: ", "))]
        if let parent = run.lineage.parentRunID { lineage.append(("parent run", parent)) }
        if let pipeline = run.lineage.pipelineHash { lineage.append(("pipeline file", String(pipeline.prefix(12)))) }
        blocks += [.heading("Lineage"), .fields(lineage)]
        return CommandOutput(blocks, value: run.value)
    }

    static let compare = CommandSpec(
        ["runs", "compare"], summary: "runs side by side: params and metrics, differences marked",
        arguments: [ArgumentSpec("RUN", "two or more run ids or names", variadic: true, completion: .ids("run"))],
        examples: ["runs compare fraud-training-1 fraud-training-2"]
    ) { invocation, session throws(CommandError) in
        guard invocation.arguments.count >= 2 else { throw CommandError.usage("'runs compare' needs at least two runs", hint: "see 'runs list'") }
        guard invocation.arguments.count <= 10 else { throw CommandError.usage("'runs compare' takes at most 10 runs") }
        let world = try session.readSandbox()
        var runs: [TrackedRun] = []
        for word in invocation.arguments {
            do throws(SandboxError) { runs.append(try world.tracking.run(word.text)) } catch { throw commandError(error) }
        }
        var keys: [String] = []
        for run in runs { for param in run.params where !keys.contains(param.key) { keys.append(param.key) } }
        var metricNames: [String] = []
        for run in runs { for metric in run.latestMetrics where !metricNames.contains(metric.key) { metricNames.append(metric.key) } }
        var rows: [[String]] = []
        var differing: [Value] = []
        for key in keys {
            let cells = runs.map { $0.param(key) ?? "—" }
            let differs = Set(cells).count > 1
            if differs { differing.append(.string("params.\(key)")) }
            rows.append([(differs ? "* " : "  ") + "param " + key] + cells)
        }
        for name in metricNames {
            let values = runs.map { $0.metric(name) }
            let cells = values.map { $0.map(Shown.number) ?? "—" }
            let differs = Set(cells).count > 1
            if differs { differing.append(.string("metrics.\(name)")) }
            rows.append([(differs ? "* " : "  ") + name] + cells)
        }
        let table = Table(columns: [Table.Column("")] + runs.map { Table.Column($0.name, alignRight: true) }, rows: rows)
        return CommandOutput(
            [.table(table), .paragraph("* marks a row where the runs differ.")],
            value: .object(["runs": .list(runs.map(\.value)), "differences": .list(differing)]))
    }

    static let best = CommandSpec(
        ["runs", "best"], summary: "the finished run with the best value of a metric",
        discussion: "Higher is better for auc, pr_auc, accuracy, precision, recall, f1 and r2; lower for log_loss, ece, rmse, mae and mape (and any metric ending in _loss or _error).",
        flags: [
            FlagSpec("metric", "the metric to rank by", kind: .value(placeholder: "METRIC")),
            FlagSpec("experiment", "only this experiment's runs", kind: .value(placeholder: "E"), completion: .ids("experiment")),
        ],
        examples: ["runs best --metric auc", "runs best --metric rmse --experiment demand"]
    ) { invocation, session throws(CommandError) in
        guard let metric = invocation.value("metric") else { throw CommandError.usage("'runs best' needs --metric NAME") }
        let world = try session.readSandbox()
        let candidates = world.tracking.runs(in: invocation.value("experiment")).filter { $0.status == .finished && $0.metric(metric) != nil }
        let lowerIsBetter = MetricDirection.lowerIsBetter(metric)
        // Ties go to the earlier run, so the answer does not depend on how many runs came later.
        var chosen: TrackedRun?
        for run in candidates {
            guard let value = run.metric(metric) else { continue }
            if let current = chosen?.metric(metric), lowerIsBetter ? value >= current : value <= current { continue }
            chosen = run
        }
        guard let best = chosen, let value = best.metric(metric) else {
            throw CommandError("no finished run has a metric '\(metric)'", hint: "see 'runs list' for the metrics runs logged")
        }
        return CommandOutput(
            [.notice(.success, "best by \(metric) (\(lowerIsBetter ? "lower" : "higher") is better): \(best.name) (\(best.id.prefix(8))) with \(Shown.number(value))"),
             .paragraph("Of \(candidates.count) finished runs. See it with 'runs show \(best.name)'.")],
            value: .object(["run": best.value, "metric": .string(metric), "value": .double(value), "candidates": .int(candidates.count)]))
    }

    private static func metricKeys(_ runs: [TrackedRun], sort: String?) -> [String] {
        var keys: [String] = sort.map { [$0] } ?? []
        for preferred in ["auc", "f1", "log_loss", "rmse", "mae"] where !keys.contains(preferred) {
            if runs.contains(where: { $0.metric(preferred) != nil }) { keys.append(preferred) }
        }
        return Array(keys.prefix(4))
    }

    private static func inputName(_ hash: String, _ world: World) -> String {
        guard let entry = world.datasets.entry(hash: hash) else { return String(hash.prefix(12)) }
        return "\(entry.name) (\(hash.prefix(12)))"
    }
}
