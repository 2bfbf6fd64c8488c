/// One store/SKU demand series and its own level, trend and price.
public struct DemandSeries: Sendable, Equatable {
    /// The label written to `series_id` (unique); also names the series' RNG stream.
    public var id: String
    /// Mean demand per day at the start, before seasonality, holidays, promotions and regime changes.
    public var baseLevel: Double
    /// Fractional growth per day: the level on day d is baseLevel·max(0, 1 + trendPerDay·d).
    public var trendPerDay: Double
    /// The list price.
    public var basePrice: Double
    /// Price elasticity ε: demand scales by (price / basePrice)^(−ε).
    public var priceElasticity: Double

    /// Creates a series.
    public init(id: String, baseLevel: Double, trendPerDay: Double, basePrice: Double, priceElasticity: Double) {
        self.id = id
        self.baseLevel = baseLevel
        self.trendPerDay = trendPerDay
        self.basePrice = basePrice
        self.priceElasticity = priceElasticity
    }

    /// The largest base level accepted, so that means stay far inside the Poisson sampler's range.
    public static let maximumBaseLevel = 1e9

    /// Four series: two stores, bread, milk and coffee.
    public static let defaults: [DemandSeries] = [
        DemandSeries(id: "store1-bread", baseLevel: 120, trendPerDay: 0.001, basePrice: 2.5, priceElasticity: 1.2),
        DemandSeries(id: "store1-milk", baseLevel: 90, trendPerDay: 0, basePrice: 1.2, priceElasticity: 0.8),
        DemandSeries(id: "store2-bread", baseLevel: 60, trendPerDay: 0.002, basePrice: 2.6, priceElasticity: 1.2),
        DemandSeries(id: "store2-coffee", baseLevel: 25, trendPerDay: -0.0005, basePrice: 7.9, priceElasticity: 1.8),
    ]

    func validate(_ check: ParameterCheck, index: Int) throws(GeneratorError) {
        guard baseLevel >= 0, baseLevel <= Self.maximumBaseLevel else {
            throw GeneratorError(
                .invalidParameter,
                GeneratorMessages.outOfRange(
                    scenario: check.scenario, parameter: "series[\(index)].baseLevel", value: baseLevel,
                    rule: "in [0, \(Self.maximumBaseLevel)]"))
        }
        try check.finite("series[\(index)].trendPerDay", trendPerDay)
        try check.positive("series[\(index)].basePrice", basePrice)
        try check.nonNegative("series[\(index)].priceElasticity", priceElasticity)
    }
}
