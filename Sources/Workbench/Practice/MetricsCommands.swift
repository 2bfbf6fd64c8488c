import Sandbox
import Values

/// `metrics show` and `metrics export`: what monitoring saw.
enum MetricsCommands {
    static let show = CommandSpec(
        ["metrics", "show"], summary: "per version over a window: request rate, error share, latency p50/p99, mean score, online AUC, with sparklines",
        discussion: "Each figure is a windowed query over the scrapes taken every simulated minute, as PromQL computes it: rate(requests_total[w]), the error share as a ratio of increases, histogram_quantile over the latency buckets. The sparkline spans the last 24 windows. Online AUC counts only predictions whose labels have arrived (fraud chargebacks take days).",
        flags: [FlagSpec("window", "the window: 5m, 1h, 1d (default 1h)", kind: .value(placeholder: "W"))],
        examples: ["metrics show", "metrics show --window 15m"]
    ) { invocation, session throws(CommandError) in
        let window = try windowFlag(invocation)
        let world = try session.readSandbox()
        let registry = world.monitoring.metrics
        guard let time = registry.latestScrapeTime else {
            return CommandOutput([.paragraph("No metrics yet: deploy a model and run 'traffic run --hours 1'.")], value: .object(["versions": .list([])]))
        }
        let versions = Set(registry.handles(in: "requests_total").compactMap { registry.labels(of: $0)["version"] }).sorted()
        var rows: [[String]] = []
        var values: [Value] = []
        for version in versions {
            let selector = MetricSelector("requests_total", ["version": version])
            let failed = MetricSelector("requests_total", ["version": version, "outcome": "error"])
            let latency = MetricSelector("request_latency_seconds", ["version": version])
            let queries: [(String, MonitoringQuery)] = [
                ("rps", .rate(selector, window: window)),
                ("error share", .ratio(failed, selector, window: window)),
                ("p50 ms", .quantile(0.5, latency, window: window)),
                ("p99 ms", .quantile(0.99, latency, window: window)),
                ("mean score", .mean(MetricSelector("model_score", ["version": version]), window: window)),
                ("replicas", .value(MetricSelector("replicas", ["version": version]))),
                ("online auc", .value(MetricSelector("online_auc", ["version": version]))),
            ]
            var row = [version]
            var fields: [Value.Field] = [Value.Field("version", .string(version))]
            for (name, query) in queries {
                let measured: Double?
                do throws(SandboxError) { measured = try registry.evaluate(query, at: time) } catch { throw commandError(error) }
                let shown = measured.map { name.hasSuffix("ms") ? $0 * 1_000 : ($0) }
                row.append(shown.map { name == "error share" ? Shown.number($0 * 100) + "%" : Shown.number($0) } ?? "—")
                fields.append(Value.Field(name.replacingOccurrences(of: " ", with: "_"), shown.map(Value.double) ?? .null))
            }
            let trend: [Double?]
            do throws(SandboxError) {
                trend = try registry.sparkline(.rate(selector, window: window), points: 24, span: window * 24, endingAt: time)
            } catch {
                throw commandError(error)
            }
            row.append(Sparkline.text(trend))
            rows.append(row)
            values.append(.object(fields))
        }
        let columns = ["version", "rps", "errors", "p50 ms", "p99 ms", "mean score", "replicas", "online auc", "rps trend"].enumerated().map {
            Table.Column($0.element, alignRight: $0.offset > 0 && $0.offset < 8)
        }
        var blocks: [Block] = [
            .heading("Last \(DurationText.text(window)) to \(Shown.time(time))"),
            .table(Table(columns: columns, rows: rows)),
        ]
        let firing = world.monitoring.alerts.firing
        if !firing.isEmpty { blocks.append(.notice(.warning, "firing: " + firing.joined(separator: ", "))) }
        return CommandOutput(blocks, value: .object([
            "window": .int(Int(window)), "at": .int(Int(time)), "versions": .list(values), "firing": .list(firing.map(Value.string)),
        ]))
    }

    static let export = CommandSpec(
        ["metrics", "export"], summary: "write the current metrics in Prometheus' text exposition format 0.0.4",
        flags: [
            FlagSpec("format", "prometheus (the only format)", kind: .value(placeholder: "F"), completion: .values(["prometheus"])),
            FlagSpec("out", "write to this file instead of printing", kind: .value(placeholder: "FILE"), completion: .files),
        ],
        examples: ["metrics export --format prometheus", "metrics export --format prometheus --out metrics.prom"]
    ) { invocation, session throws(CommandError) in
        let format = invocation.value("format") ?? "prometheus"
        guard format == "prometheus" else { throw CommandError.usage("--format takes prometheus, not '\(format)'") }
        let world = try session.readSandbox()
        let text = world.monitoring.metrics.prometheusText(at: world.now)
        if let out = invocation.value("out") {
            try FileStore.writeAtomically(text, to: try session.workspacePath(out), mode: 0o644)
            return CommandOutput([.notice(.success, "wrote \(world.monitoring.metrics.seriesCount) series to \(out)")], value: .object(["out": .string(out)]))
        }
        return CommandOutput([.code(text.hasSuffix("\n") ? String(text.dropLast()) : text)], value: .object(["text": .string(text)]))
    }

    static func windowFlag(_ invocation: Invocation) throws(CommandError) -> Int64 {
        guard let text = invocation.value("window") else { return 3_600 }
        guard let seconds = DurationText.seconds(text), seconds >= 60 else {
            throw CommandError.usage("--window takes a duration of at least a minute: 5m, 1h, 1d; not '\(text)'")
        }
        return seconds
    }
}

/// A row of block characters for a series of values, scaled to its own range; gaps for no data.
enum Sparkline {
    static func text(_ values: [Double?]) -> String {
        let present = values.compactMap { $0 }.filter(\.isFinite)
        guard let low = present.min(), let high = present.max() else { return "" }
        let glyphs = Array("▁▂▃▄▅▆▇█")
        return String(values.map { value -> Character in
            guard let value, value.isFinite else { return " " }
            let level = high > low ? Int(((value - low) / (high - low) * 7).rounded()) : 3
            return glyphs[min(7, max(0, level))]
        })
    }
}
