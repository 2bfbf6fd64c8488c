/// Relative activity by day of week and hour of day, each normalised to mean 1.
///
/// `weekly[0]` is Monday; `hourly[0]` is 00:00–01:00 UTC. Only the shape matters: a weekly
/// profile of all 2s is the same as all 1s.
public struct SeasonalProfile: Sendable, Equatable {
    /// Seven multipliers, Monday first, as given.
    public var weekly: [Double]
    /// Twenty-four multipliers, midnight first, as given.
    public var hourly: [Double]

    /// Creates a profile from raw weights (validated when a scenario uses it).
    public init(weekly: [Double], hourly: [Double]) {
        self.weekly = weekly
        self.hourly = hourly
    }

    /// Flat: every day and hour alike.
    public static let flat = SeasonalProfile(
        weekly: [Double](repeating: 1, count: 7), hourly: [Double](repeating: 1, count: 24))

    /// Card spending: busier Friday and Saturday, quiet nights, peaks at lunch and early evening.
    public static let retail = SeasonalProfile(
        weekly: [0.9, 0.92, 0.95, 1.0, 1.15, 1.2, 0.88],
        hourly: [
            0.25, 0.15, 0.1, 0.1, 0.12, 0.2, 0.45, 0.8, 1.1, 1.25, 1.35, 1.5,
            1.7, 1.55, 1.4, 1.4, 1.5, 1.7, 1.8, 1.65, 1.4, 1.1, 0.7, 0.4,
        ])

    /// Media browsing: busier weekends and evenings.
    public static let browsing = SeasonalProfile(
        weekly: [0.92, 0.9, 0.92, 0.95, 1.05, 1.15, 1.11],
        hourly: [
            0.6, 0.35, 0.2, 0.15, 0.15, 0.2, 0.4, 0.7, 0.9, 0.95, 1.0, 1.05,
            1.15, 1.1, 1.0, 1.0, 1.05, 1.2, 1.45, 1.7, 1.85, 1.8, 1.45, 1.0,
        ])

    func validate(_ check: ParameterCheck, name: String) throws(GeneratorError) {
        try check.weights("\(name).weekly", weekly, count: 7)
        try check.weights("\(name).hourly", hourly, count: 24)
    }

    /// The weekly multipliers scaled to mean 1.
    var normalisedWeekly: [Double] { Self.normalised(weekly) }
    /// The hourly multipliers scaled to mean 1.
    var normalisedHourly: [Double] { Self.normalised(hourly) }

    private static func normalised(_ values: [Double]) -> [Double] {
        var total = 0.0
        for value in values { total += value }
        let mean = total / Double(values.count)
        return values.map { $0 / mean }
    }
}
