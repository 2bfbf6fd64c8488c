/// Card transactions with a hidden fraud label that arrives late, as in a chargeback process.
///
/// Every parameter has a default; change them before calling `generate(days:startTime:seed:)`.
/// The run draws from the stream `scenario.fraud` of the seed (children `cards`, `timeline`,
/// `transactions`, `labels`), so other scenarios never shift its values, and changing the label
/// model leaves every feature column unchanged.
public struct FraudScenario: Sendable, Equatable {
    /// The scenario's name in messages and commands.
    public static let name = "fraud"
    /// The RNG stream this scenario draws from, under the run's seed.
    public static let streamName = "scenario.fraud"
    /// The most cards a run may simulate.
    public static let maximumCardCount = 5_000_000

    /// Column names, in the order the dataset holds them.
    public enum ColumnName {
        /// Row number in time order (id).
        public static let transactionID = "transaction_id"
        /// The card, 0..<cardCount (id).
        public static let cardID = "card_id"
        /// When the transaction happened (timestamp).
        public static let timestamp = "timestamp"
        /// Amount in currency units, rounded to cents (feature).
        public static let amount = "amount"
        /// Merchant category (feature).
        public static let merchantCategory = "merchant_category"
        /// UTC hour, 0...23 (feature).
        public static let hourOfDay = "hour_of_day"
        /// Distance from the card's home in km (feature).
        public static let distanceFromHome = "distance_from_home_km"
        /// Whether the card was present (feature).
        public static let cardPresent = "card_present"
        /// The card's earlier transactions in the previous 24 h (feature).
        public static let velocity24h = "velocity_24h"
        /// Whether the merchant is foreign (feature).
        public static let isForeign = "is_foreign"
        /// The label (target).
        public static let isFraud = "is_fraud"
        /// When the label becomes known (timestamp role: never an input).
        public static let labelAvailableAt = "label_available_at"
    }

    /// The mean number of transactions per day, before weekly and daily seasonality.
    public var meanTransactionsPerDay: Double = 5_000
    /// How many cards transact.
    public var cardCount: Int = 3_000
    /// Gamma shape of per-card activity: small values make a few cards very busy.
    public var cardActivityShape: Double = 1.5
    /// When in the week and day transactions happen.
    public var seasonality: SeasonalProfile = .retail
    /// The merchant categories (names unique).
    public var categories: [MerchantCategory] = MerchantCategory.defaults
    /// The mean distance of a transaction near home, in km (exponential).
    public var nearDistanceMeanKilometres: Double = 6
    /// The median distance of a transaction far from home, in km (log-normal).
    public var farDistanceMedianKilometres: Double = 300
    /// The standard deviation of ln(distance) far from home.
    public var farDistanceLogSpread: Double = 1.1
    /// The probability that a merchant is foreign when the transaction is near home.
    public var foreignProbabilityNearHome: Double = 0.01
    /// The probability that a merchant is foreign when the transaction is far from home.
    public var foreignProbabilityFarFromHome: Double = 0.35
    /// The hidden model that produces `is_fraud`.
    public var labelModel: FraudLabelModel = .standard
    /// When labels become known.
    public var chargebackDelay: ChargebackDelay = .standard

    /// Creates the scenario with default parameters.
    public init() {}

    /// Throws the first parameter that is out of range, with a message naming it.
    public func validate() throws(GeneratorError) {
        let check = ParameterCheck(scenario: Self.name)
        try check.nonNegative("meanTransactionsPerDay", meanTransactionsPerDay)
        try check.count("cardCount", cardCount, in: 1...Self.maximumCardCount)
        try check.positive("cardActivityShape", cardActivityShape)
        try seasonality.validate(check, name: "seasonality")
        try check.count("categories.count", categories.count, in: 1...64)
        for (index, category) in categories.enumerated() { try category.validate(check, index: index) }
        try check.uniqueNames("categories", categories.map(\.name))
        try check.weights("categories.share", categories.map(\.share), count: categories.count)
        try check.positive("nearDistanceMeanKilometres", nearDistanceMeanKilometres)
        try check.positive("farDistanceMedianKilometres", farDistanceMedianKilometres)
        try check.nonNegative("farDistanceLogSpread", farDistanceLogSpread)
        try check.probability("foreignProbabilityNearHome", foreignProbabilityNearHome)
        try check.probability("foreignProbabilityFarFromHome", foreignProbabilityFarFromHome)
        try labelModel.validate(check, categoryNames: categories.map(\.name))
        try chargebackDelay.validate(check)
    }
}
