import Modeling

extension World {
    /// Adds a drift injection to the data of `scenario` (default: the served one), checked against
    /// its columns. It changes live traffic and data generated for the times it covers alike.
    @discardableResult
    public mutating func injectDrift(
        _ kind: DriftInjectionKind, feature: String?, magnitude: Double, schedule: DriftSchedule, category: String? = nil,
        scenario: ScenarioName? = nil
    ) throws(SandboxError) -> DriftInjection {
        let scenario = scenario ?? serving.scenario
        let number = (injections.ids.compactMap { $0.hasPrefix("d") ? Int($0.dropFirst()) : nil }.max() ?? 0) + 1
        let injection = DriftInjection(
            id: "d\(number)", kind: kind, feature: feature, magnitude: magnitude, schedule: schedule, category: category)
        try injections.add(injection, schema: try Self.schema(of: scenario), scenario: scenario)
        return injection
    }

    /// The columns of `scenario`'s data (drawn from a tiny sample).
    static func schema(of scenario: ScenarioName) throws(SandboxError) -> [ColumnSchema] {
        do throws(GeneratorError) {
            switch scenario {
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
