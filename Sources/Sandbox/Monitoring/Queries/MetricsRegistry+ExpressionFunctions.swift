import Values

/// The registry's queries as functions of the expression language, for alert rules and rollout
/// analysis: `ratio("requests_total{outcome=\"error\",version=\"v2\"}", "requests_total{version=\"v2\"}", "5m") > 0.05`.
extension MetricsRegistry {
    /// The query functions, each evaluated at `time` over a copy of this registry:
    ///
    /// - `rate(selector, window)`, `increase(selector, window)`
    /// - `ratio(numerator, denominator, window)`
    /// - `quantile(q, histogram, window)`, `mean(histogram, window)` (`mean` of plain numbers
    ///   stays the built-in mean)
    /// - `avg_over_time(selector, window)`, `value(selector)`
    ///
    /// Selectors and windows are text (`"requests_total{version=\"v2\"}"`, `"5m"`). Not enough data
    /// is an error ("no data: …"), so an alert rule keeps its state and a rollout analysis counts
    /// an error measurement, as Argo Rollouts does with an empty Prometheus result.
    public func expressionFunctions(at time: Int64) -> [String: ExpressionFunction] {
        let registry = self
        func function(_ arity: ClosedRange<Int>, _ name: String) -> ExpressionFunction {
            ExpressionFunction(arity: arity) { arguments in
                MonitoringFunctions.call(name, arguments, registry: registry, at: time)
            }
        }
        return [
            "rate": function(2...2, "rate"),
            "increase": function(2...2, "increase"),
            "ratio": function(3...3, "ratio"),
            "quantile": function(3...3, "quantile"),
            "mean": function(0...Int.max, "mean"),
            "avg_over_time": function(2...2, "avg_over_time"),
            "value": function(1...1, "value"),
        ]
    }
}

/// Reads a function's arguments into a query, runs it, and words its failures.
enum MonitoringFunctions {
    static func call(_ name: String, _ arguments: [Value], registry: MetricsRegistry, at time: Int64) -> Result<Value, ExpressionFunctionError> {
        if name == "mean", !isHistogramMean(arguments) {
            return BuiltinFunctions.call("mean", arguments) ?? .failure(ExpressionFunctionError("needs numbers"))
        }
        do throws(SandboxError) {
            let query = try self.query(name, arguments)
            guard let value = try registry.evaluate(query, at: time) else {
                return .failure(ExpressionFunctionError(noData(query, name: name)))
            }
            return .success(.double(value))
        } catch {
            return .failure(ExpressionFunctionError(error.hint.map { "\(error.message) (\($0))" } ?? error.message))
        }
    }

    /// What a query needs that it did not find, in the learner's words.
    static func noData(_ query: MonitoringQuery, name: String) -> String {
        switch query {
        case .ratio(_, let denominator, let window):
            "no data: \(query) needs two scrapes of \(denominator) in the last \(QueryDuration.text(window)) and an increase in it"
        case .quantile(_, let selector, let window), .mean(let selector, let window):
            "no data: \(name) needs two scrapes of \(selector) in the last \(QueryDuration.text(window)) with observations between them"
        case .rate(let selector, let window), .increase(let selector, let window):
            "no data: \(name) needs two scrapes of \(selector) in the last \(QueryDuration.text(window))"
        case .averageOverTime(let selector, let window):
            "no data: no scrape of \(selector) in the last \(QueryDuration.text(window))"
        case .value(let selector):
            "no data: no scrape of \(selector) in the last \(QueryDuration.text(MonitoringLimits.lookbackSeconds))"
        }
    }

    private static func isHistogramMean(_ arguments: [Value]) -> Bool {
        arguments.count == 2 && arguments[0].stringValue != nil && arguments[1].stringValue != nil
    }

    private static func query(_ name: String, _ arguments: [Value]) throws(SandboxError) -> MonitoringQuery {
        switch name {
        case "rate": .rate(try selector(arguments[0], 1), window: try window(arguments[1], 2))
        case "increase": .increase(try selector(arguments[0], 1), window: try window(arguments[1], 2))
        case "ratio": .ratio(try selector(arguments[0], 1), try selector(arguments[1], 2), window: try window(arguments[2], 3))
        case "quantile": .quantile(try number(arguments[0], 1), try selector(arguments[1], 2), window: try window(arguments[2], 3))
        case "mean": .mean(try selector(arguments[0], 1), window: try window(arguments[1], 2))
        case "avg_over_time": .averageOverTime(try selector(arguments[0], 1), window: try window(arguments[1], 2))
        default: .value(try selector(arguments[0], 1))
        }
    }

    private static func selector(_ argument: Value, _ position: Int) throws(SandboxError) -> MetricSelector {
        guard let text = argument.stringValue else {
            throw SandboxError("argument \(position) is a selector in quotes, like \"requests_total{version=\\\"v2\\\"}\"")
        }
        return try MetricSelector(parsing: text)
    }

    private static func window(_ argument: Value, _ position: Int) throws(SandboxError) -> Int64 {
        guard let text = argument.stringValue else {
            throw SandboxError("argument \(position) is a window in quotes, like \"5m\"")
        }
        return try QueryDuration.seconds(parsing: text)
    }

    private static func number(_ argument: Value, _ position: Int) throws(SandboxError) -> Double {
        guard let number = argument.doubleValue else { throw SandboxError("argument \(position) is a number, like 0.99") }
        return number
    }
}
