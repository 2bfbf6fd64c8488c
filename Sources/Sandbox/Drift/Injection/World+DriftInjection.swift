import Modeling

extension World {
    /// Adds a drift injection to live traffic, checked against the served scenario's columns.
    @discardableResult
    public mutating func injectDrift(
        _ kind: DriftInjectionKind, feature: String?, magnitude: Double, schedule: DriftSchedule, category: String? = nil
    ) throws(SandboxError) -> DriftInjection {
        let number = (injections.ids.compactMap { $0.hasPrefix("d") ? Int($0.dropFirst()) : nil }.max() ?? 0) + 1
        let injection = DriftInjection(
            id: "d\(number)", kind: kind, feature: feature, magnitude: magnitude, schedule: schedule, category: category)
        try injections.add(injection, schema: try scenarioSchema(), scenario: serving.scenario)
        return injection
    }

    /// The columns of the served scenario's requests (drawn from a tiny sample).
    func scenarioSchema() throws(SandboxError) -> [ColumnSchema] {
        do throws(GeneratorError) {
            switch serving.scenario {
            case .fraud:
                var scenario = FraudScenario()
                scenario.meanTransactionsPerDay = 200
                return try scenario.generate(days: 1, startTime: Self.startTime, seed: 1).schema
            case .recsys:
                var scenario = RecommendationScenario()
                scenario.requestsPerDay = 20
                return try scenario.generate(days: 1, startTime: Self.startTime, seed: 1).schema
            case .demand:
                return try DemandScenario().generate(days: 7, startTime: Self.startTime, seed: 1).schema
            }
        } catch {
            throw SandboxError(error.description)
        }
    }
}
