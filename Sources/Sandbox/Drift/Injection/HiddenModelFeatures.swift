extension ScenarioName {
    /// The features the scenario's hidden label model reads, so the ones concept drift can change.
    ///
    /// Fraud: every feature has a term in `FraudLabelModel`. Recommendation: `RecommendationClickModel`
    /// reads position, popularity and the user's segment; the latent affinity it also reads is no
    /// column. Demand: price (elasticity), holiday lift and the weekly and hourly profiles.
    public var hiddenModelFeatures: [String] {
        switch self {
        case .fraud:
            typealias Name = FraudScenario.ColumnName
            return [
                Name.amount, Name.merchantCategory, Name.hourOfDay, Name.distanceFromHome, Name.cardPresent,
                Name.velocity24h, Name.isForeign,
            ]
        case .recsys:
            typealias Name = RecommendationScenario.ColumnName
            return [Name.position, Name.userSegment, Name.itemPopularity]
        case .demand:
            typealias Name = DemandScenario.ColumnName
            return [Name.price, Name.isHoliday, Name.dayOfWeek, Name.hourOfDay]
        }
    }
}
