@testable import Sandbox

/// Metrics, specs and measure functions shared by the rollout tests.
enum RolloutFixtures {
    static func expression(_ text: String) -> Expression {
        // Fixture texts are written valid; a typo stops the test at once.
        try! Expression(text)
    }

    /// A metric over `query("error_rate")` with the given conditions and limits.
    static func metric(
        _ name: String = "error-rate", success: String? = nil, failure: String? = nil, interval: Int64? = nil, count: Int? = nil,
        initialDelay: Int64 = 0, failureLimit: Int = 0, inconclusiveLimit: Int = 0, consecutiveErrorLimit: Int = 4
    ) -> AnalysisMetric {
        AnalysisMetric(
            name: name, query: expression("query(\"\(name)\")"), interval: interval, count: count, initialDelay: initialDelay,
            successCondition: success.map(expression), failureCondition: failure.map(expression), failureLimit: failureLimit,
            inconclusiveLimit: inconclusiveLimit, consecutiveErrorLimit: consecutiveErrorLimit)
    }

    /// A measure function that answers every query with `value(time)`.
    static func constant(_ value: Double) -> MeasureFunction {
        { _, _ in .success(value) }
    }

    /// Answers the n-th call with the n-th value (nil: a query error), then repeats the last.
    final class Sequence: @unchecked Sendable {
        // Only touched from the single test that owns it; @unchecked because tests pass it as a closure.
        private var values: [Double?]
        private(set) var times: [Int64] = []

        init(_ values: [Double?]) {
            self.values = values
        }

        func measure(_ query: Expression, _ time: Int64) -> Result<Double, MeasurementError> {
            times.append(time)
            let value = values.count > 1 ? values.removeFirst() : values.first ?? nil
            return value.map { .success($0) } ?? .failure(MeasurementError("no data for \(query.text)"))
        }
    }

    /// A measure function keyed by the metric name in `query("NAME")`: value by time from `table`.
    static func byMetric(_ table: [String: (Int64) -> Double?]) -> MeasureFunction {
        { query, time in
            let name = String(query.text.dropFirst("query(\"".count).dropLast("\")".count))
            guard let value = table[name]?(time) else { return .failure(MeasurementError("no data for \(name)")) }
            return .success(value)
        }
    }

    static func spec(_ strategy: RolloutStrategy, templates: [AnalysisTemplate]) -> RolloutSpec {
        RolloutSpec(name: "fraud-rollout", model: "fraud-detector", strategy: strategy, templates: templates)
    }

    static let target = RolloutTarget(model: "fraud-detector", stableVersion: 3, newVersion: 4)

    /// Loads `text`, failing the test with the problems when it does not load.
    static func load(_ text: String) throws -> RolloutSpec {
        try RolloutSpec.load(text: text, file: "rollout.yaml")
    }

    /// The problems of `text` as `line:column: message (hint)`.
    static func problems(_ text: String) -> [String] {
        do {
            _ = try RolloutSpec.load(text: text, file: "r.yaml")
            return []
        } catch {
            return error.problems.map { problem in
                String(problem.description.dropFirst("r.yaml:".count))
            }
        }
    }

    /// The lint warnings of `text` as `line:column: message (hint)`, or the load problems.
    static func warnings(_ text: String) -> [String] {
        do {
            let spec = try RolloutSpec.load(text: text, file: "r.yaml")
            return RolloutLint.warnings(spec).map { String($0.description.dropFirst("r.yaml:".count)) }
        } catch {
            return ["does not load: \(error)"]
        }
    }
}
