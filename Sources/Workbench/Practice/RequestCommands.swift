import Modeling
import Sandbox
import Values

/// `explain REQUEST` and `trace REQUEST`: look inside one logged request.
enum RequestCommands {
    static let explain = CommandSpec(
        ["explain"], summary: "why a logged request got its score: each feature's contribution",
        discussion: "Exact contributions for linear models (coefficient × standardised value, in log-odds for logistic regression); path contributions (Saabas) for boosted trees. The log keeps one request in 50; 'trace' and 'explain' take their ids, e.g. r000150.",
        arguments: [ArgumentSpec("REQUEST", "a logged request id, e.g. r000150", completion: .ids("request"))],
        examples: ["explain r000150"]
    ) { invocation, session throws(CommandError) in
        let world = try session.readSandbox()
        let record = try request(invocation, world)
        guard let deployment = world.serving.deployment(record.version) ?? deployedEver(record.version, world),
            let model = world.artifacts.model(deployment.modelHash)
        else {
            throw CommandError("the model of v\(record.version) is no longer in the sandbox")
        }
        // The log keeps the served row's values exactly, so this is the row the model scored.
        let columns = record.features.filter { feature in model.pipeline.steps.contains { $0.columnName == feature.name } }
            .map { Column(name: $0.name, values: $0.value) }
        let parts: FeatureContributions
        do throws(ModelingError) {
            let row = try Dataset(columns: columns)
            parts = try model.contributions(try model.pipeline.transform(row), row: 0)
        } catch {
            throw CommandError("cannot explain \(record.label): \(error.message)")
        }
        let ranked = zip(parts.featureNames, parts.contributions).sorted { abs($0.1) > abs($1.1) }
        let unit = model.kind == .linearRegression ? "" : " (log-odds)"
        return CommandOutput(
            [
                .heading("\(record.label): score \(Shown.number(record.score)) from v\(record.version)"),
                .fields([("bias", Shown.number(parts.bias)), ("raw score" + unit, Shown.number(parts.rawScore))]),
                .bars(BarChart(title: "contribution\(unit), largest first", bars: ranked.prefix(12).map { name, value in
                    let value = value == 0 ? 0 : value  // no "+-0" for a negative zero
                    return BarChart.Bar(name, abs(value), note: (value >= 0 ? "+" : "") + Shown.number(value))
                })),
            ],
            value: .object([
                "request": .string(record.label), "version": .int(record.version), "score": record.score.isFinite ? .double(record.score) : .null,
                "bias": .double(parts.bias), "rawScore": .double(parts.rawScore),
                "contributions": .object(zip(parts.featureNames, parts.contributions).map { Value.Field($0.0, .double($0.1)) }),
            ]))
    }

    static let trace = CommandSpec(
        ["trace"], summary: "how a logged request was routed and where its latency went",
        arguments: [ArgumentSpec("REQUEST", "a logged request id, e.g. r000150", completion: .ids("request"))],
        examples: ["trace r000150"]
    ) { invocation, session throws(CommandError) in
        let world = try session.readSandbox()
        let record = try request(invocation, world)
        var fields: [(String, String)] = [
            ("arrived", Shown.time(record.time)), ("routing", record.routing), ("outcome", record.outcome),
            ("score", record.score.isFinite ? Shown.number(record.score) : "none"),
            ("latency", "\(Shown.number(record.latency.total)) ms"),
        ]
        if let shadow = record.shadowScore { fields.append(("shadow score", Shown.number(shadow))) }
        let parts = [("service", record.latency.service), ("queueing", record.latency.queue), ("injected fault", record.latency.injected)]
        return CommandOutput(
            [
                .heading("\(record.label) → v\(record.version)"), .fields(fields),
                .bars(BarChart(title: "latency breakdown (ms)", bars: parts.map { BarChart.Bar($0.0, $0.1, note: Shown.number($0.1)) })),
                .fields(record.features.map { ($0.name, $0.value.text(row: 0, number: Shown.exact)) }),
            ],
            value: .object([
                "request": .string(record.label), "time": .int(Int(record.time)), "version": .int(record.version),
                "routing": .string(record.routing), "outcome": .string(record.outcome),
                "score": record.score.isFinite ? .double(record.score) : .null,
                "latencyMilliseconds": .object([
                    "total": .double(record.latency.total), "service": .double(record.latency.service),
                    "queue": .double(record.latency.queue), "injected": .double(record.latency.injected),
                ]),
                "features": .object(record.features.map { Value.Field($0.name, Self.json($0.value)) }),
            ]))
    }

    private static func request(_ invocation: Invocation, _ world: World) throws(CommandError) -> RequestRecord {
        guard let text = invocation.argument(0) else { throw CommandError.usage("'\(invocation.spec.name)' needs a request id such as r000150") }
        let digits = text.hasPrefix("r") ? String(text.dropFirst()) : text
        guard let number = Int64(digits), let record = world.serving.log.last(where: { $0.id == number }) else {
            let recent = world.serving.log.suffix(3).map(\.label)
            throw CommandError(
                "no logged request '\(text)'",
                hint: recent.isEmpty ? "serve some with 'traffic run'; one request in \(ServingState.logSampling) is logged" : "recent ones: \(recent.joined(separator: ", "))")
        }
        return record
    }

    /// The model hash of a version that is no longer deployed, from the registry.
    private static func deployedEver(_ version: Int, _ world: World) -> DeployedVersion? {
        guard let model = world.serving.model, let registered = world.registry.model(model)?.version(version) else { return nil }
        return DeployedVersion(version: version, modelHash: registered.modelHash, replicas: 0)
    }

    /// A logged feature value as JSON: a number, true or false, a category or an ISO time; null when missing.
    private static func json(_ value: ColumnValues) -> Value {
        switch value {
        case .numeric(let numbers): numbers[0].isNaN ? .null : .double(numbers[0])
        case .boolean(let flags): flags[0].map(Value.bool) ?? .null
        case .categorical(let codes, let categories): codes[0] < 0 ? .null : .string(categories[Int(codes[0])])
        case .timestamp(let times): times[0].map { .string(isoTimestamp($0)) } ?? .null
        }
    }
}
