/// A structural break: from a given day on, every series' mean is scaled and may trend differently.
///
/// From day offset `at` on, the mean is multiplied by `level · max(0, 1 + trend · (d − at))`,
/// where d is the day offset of the row. Before it, nothing changes. This is what the
/// recalibration lab asks a forecaster to notice.
public struct DemandRegimeChange: Sendable, Equatable {
    /// The first day offset (from the run's start) of the new regime.
    public var at: Int
    /// The multiplier applied to the mean from `at` on (1.5 = 50 % more demand).
    public var level: Double
    /// Extra fractional growth per day after `at` (0 = the level jump only).
    public var trend: Double

    /// Creates a regime change at day offset `at`.
    public init(at: Int, level: Double, trend: Double = 0) {
        self.at = at
        self.level = level
        self.trend = trend
    }

    /// The multiplier for a row on day offset `day`.
    @inline(__always)
    func multiplier(day: Int) -> Double {
        guard day >= at else { return 1 }
        return level * max(0, 1 + trend * Double(day - at))
    }

    func validate(_ check: ParameterCheck) throws(GeneratorError) {
        try check.count("regimeChange.at", at, in: 0...ScenarioLimits.maximumDays)
        try check.nonNegative("regimeChange.level", level)
        try check.finite("regimeChange.trend", trend)
    }
}
