/// Changing a recorded analysis's settings by name, as `rollout replay ID --set KEY=VALUE` does.
///
/// A key is a setting (`failureLimit`) for every metric, or `METRIC.SETTING` (`error-rate.failureLimit`)
/// for one. Only settings that judge values can change: when measurements were taken is history.
public enum AnalysisSettings {
    /// The settings a replay can change.
    public static let judging = ["count", "failureLimit", "inconclusiveLimit", "consecutiveErrorLimit", "successCondition", "failureCondition"]
    /// Settings that decide when measurements are taken or what they measure.
    public static let scheduling = ["interval", "initialDelay", "query", "provider"]

    /// `metrics` with `changes` applied, in key order; an empty condition removes it.
    public static func apply(_ changes: [String: String], to metrics: [AnalysisMetric]) throws(SandboxError) -> [AnalysisMetric] {
        var changed = metrics
        for key in changes.keys.sorted() {
            let value = changes[key] ?? ""
            let (metricName, setting) = split(key)
            let indices = try targets(metricName, in: changed, key: key)
            for index in indices {
                changed[index] = try set(setting, to: value, on: changed[index], key: key)
            }
        }
        return changed
    }

    private static func split(_ key: String) -> (metric: String?, setting: String) {
        guard let dot = key.lastIndex(of: ".") else { return (nil, key) }
        return (String(key[..<dot]), String(key[key.index(after: dot)...]))
    }

    private static func targets(_ name: String?, in metrics: [AnalysisMetric], key: String) throws(SandboxError) -> [Int] {
        guard let name else { return Array(metrics.indices) }
        guard let index = metrics.firstIndex(where: { $0.name == name }) else {
            let known = metrics.map(\.name)
            throw SandboxError(
                "--set \(key): the analysis has no metric '\(name)'",
                hint: SpecSuggestion.hint(for: name, in: known, otherwise: "its metrics: \(known.joined(separator: ", "))"))
        }
        return [index]
    }

    private static func set(_ setting: String, to value: String, on metric: AnalysisMetric, key: String) throws(SandboxError) -> AnalysisMetric {
        var metric = metric
        switch setting {
        case "count":
            metric.count = try integer(value, in: 0...RolloutSpec.maximumCount, key: key)
        case "failureLimit":
            metric.failureLimit = try integer(value, in: -1...TemplateReader.maximumLimit, key: key)
        case "inconclusiveLimit":
            metric.inconclusiveLimit = try integer(value, in: 0...TemplateReader.maximumLimit, key: key)
        case "consecutiveErrorLimit":
            metric.consecutiveErrorLimit = try integer(value, in: 0...TemplateReader.maximumLimit, key: key)
        case "successCondition":
            metric.successCondition = try condition(value, key: key)
        case "failureCondition":
            metric.failureCondition = try condition(value, key: key)
        default:
            if scheduling.contains(setting) {
                throw SandboxError(
                    "--set \(key): '\(setting)' decides when or what was measured, so the recorded values cannot be judged under another",
                    hint: "a replay can change: \(judging.joined(separator: ", "))")
            }
            throw SandboxError(
                "--set \(key): there is no setting '\(setting)'",
                hint: SpecSuggestion.hint(for: setting, in: judging, otherwise: "a replay can change: \(judging.joined(separator: ", "))"))
        }
        return metric
    }

    private static func integer(_ text: String, in range: ClosedRange<Int>, key: String) throws(SandboxError) -> Int {
        guard text.utf8.count <= 18, let number = Int(text) else { throw SandboxError("--set \(key)=\(text): takes an integer") }
        guard range.contains(number) else {
            throw SandboxError("--set \(key)=\(text): must be from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    private static func condition(_ text: String, key: String) throws(SandboxError) -> Expression? {
        guard !text.isEmpty else { return nil }
        let problem: ExpressionError
        do {
            let expression = try Expression(text)
            guard let refused = ConditionNames.problem(in: expression) else { return expression }
            problem = refused
        } catch {
            problem = error
        }
        throw SandboxError("--set \(key)=\(text): column \(problem.column): \(problem.message)", hint: problem.hint)
    }
}
