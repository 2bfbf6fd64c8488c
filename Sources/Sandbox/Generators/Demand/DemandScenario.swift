/// Demand counts per store/SKU series, hourly or daily, with trend, seasonality, holidays and promotions.
///
/// The mean of series s at a row on day offset d (from the run's start) is
///
///     baseLevel · max(0, 1 + trendPerDay·d) · weekly[weekday] · (hourly: hourly[hour]/24)
///       · (holiday ? holidayLift : 1) · (price/basePrice)^(−priceElasticity) · regime(d)
///
/// with the seasonal profile normalised to mean 1, and demand is drawn around it: Poisson, or
/// negative binomial (gamma–Poisson with shape `negativeBinomialShape`) when that is set. A
/// promotion is drawn per series and day and lowers that day's price by `promoDiscount`. The run
/// draws from the stream `scenario.demand`, one child per series id, so adding a series never
/// shifts another's values.
public struct DemandScenario: Sendable, Equatable {
    /// The scenario's name in messages and commands.
    public static let name = "demand"
    /// The RNG stream this scenario draws from, under the run's seed.
    public static let streamName = "scenario.demand"
    /// The default holidays: day offsets from the start day (about one a month, some on weekends).
    public static let standardHolidays = [6, 24, 52, 87, 121, 150, 185, 213, 247, 280, 311, 334, 358]

    /// Column names, in the order the dataset holds them.
    public enum ColumnName {
        /// Start of the hour or day (timestamp).
        public static let timestamp = "timestamp"
        /// The series (id).
        public static let seriesID = "series_id"
        /// Units demanded, an integer ≥ 0 (target).
        public static let demand = "demand"
        /// The price charged (feature).
        public static let price = "price"
        /// Whether a promotion ran (feature).
        public static let promo = "promo"
        /// Whether the day is a holiday (feature).
        public static let isHoliday = "is_holiday"
        /// UTC weekday, 0 = Monday (feature).
        public static let dayOfWeek = "day_of_week"
        /// UTC hour, 0...23 (feature; hourly runs only).
        public static let hourOfDay = "hour_of_day"
    }

    /// Whether a row is one hour or one day.
    public var granularity: DemandGranularity = .daily
    /// The series (ids unique).
    public var series: [DemandSeries] = DemandSeries.defaults
    /// Weekly shape (and, for hourly runs, daily shape) of demand.
    public var seasonality: SeasonalProfile = SeasonalProfile(
        weekly: [0.85, 0.9, 0.95, 1.0, 1.2, 1.35, 0.75], hourly: SeasonalProfile.retail.hourly)
    /// Day offsets from the start day on which demand is lifted; offsets past the run are ignored.
    public var holidayDayOffsets: [Int] = DemandScenario.standardHolidays
    /// The multiplier on holidays.
    public var holidayLift: Double = 1.6
    /// The probability that a series runs a promotion on a given day.
    public var promoProbability: Double = 0.08
    /// The fraction taken off the price during a promotion.
    public var promoDiscount: Double = 0.2
    /// The standard deviation of day-to-day price noise, as a fraction of the price.
    public var priceNoise: Double = 0.02
    /// Shape k of the negative binomial (variance μ + μ²/k); nil draws Poisson.
    public var negativeBinomialShape: Double? = 20
    /// A structural break, or nil for none.
    public var regimeChange: DemandRegimeChange?

    /// Creates the scenario with default parameters.
    public init() {}

    /// Throws the first parameter that is out of range, with a message naming it.
    public func validate() throws(GeneratorError) {
        let check = ParameterCheck(scenario: Self.name)
        try check.count("series.count", series.count, in: 1...1_000)
        for (index, entry) in series.enumerated() { try entry.validate(check, index: index) }
        try check.uniqueNames("series", series.map(\.id))
        try seasonality.validate(check, name: "seasonality")
        try check.count("holidayDayOffsets.count", holidayDayOffsets.count, in: 0...ScenarioLimits.maximumDays)
        for (index, offset) in holidayDayOffsets.enumerated() {
            try check.count("holidayDayOffsets[\(index)]", offset, in: 0...ScenarioLimits.maximumDays)
        }
        try check.positive("holidayLift", holidayLift)
        try check.probability("promoProbability", promoProbability)
        guard promoDiscount >= 0, promoDiscount < 1 else {
            throw GeneratorError(
                .invalidParameter,
                GeneratorMessages.outOfRange(
                    scenario: Self.name, parameter: "promoDiscount", value: promoDiscount, rule: "in [0, 1)"))
        }
        try check.nonNegative("priceNoise", priceNoise)
        if let shape = negativeBinomialShape { try check.positive("negativeBinomialShape", shape) }
        try regimeChange?.validate(check)
    }
}

/// The length of one demand row.
public enum DemandGranularity: String, Sendable, Equatable, CaseIterable {
    /// One row per series and hour; the daily profile applies.
    case hourly
    /// One row per series and day.
    case daily

    /// Rows per series per day.
    public var stepsPerDay: Int { self == .hourly ? 24 : 1 }
}
