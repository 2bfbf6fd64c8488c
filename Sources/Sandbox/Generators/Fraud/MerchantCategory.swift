/// A kind of merchant: how often cards spend there, how much, and how the card is used.
///
/// Fraud propensity is not stored here but in `FraudLabelModel.categoryLogOdds`, so concept
/// drift can change it without changing the transactions.
public struct MerchantCategory: Sendable, Equatable {
    /// The category label written to `merchant_category`.
    public var name: String
    /// Relative share of transactions (weights need not sum to 1).
    public var share: Double
    /// The median amount; amounts are log-normal with log-median ln(medianAmount).
    public var medianAmount: Double
    /// The standard deviation of ln(amount).
    public var amountLogSpread: Double
    /// The probability that the card is physically present.
    public var cardPresentProbability: Double
    /// The probability that the transaction happens far from the card's home (the heavy distance tail).
    public var farFromHomeProbability: Double

    /// Creates a category.
    public init(
        name: String, share: Double, medianAmount: Double, amountLogSpread: Double,
        cardPresentProbability: Double, farFromHomeProbability: Double
    ) {
        self.name = name
        self.share = share
        self.medianAmount = medianAmount
        self.amountLogSpread = amountLogSpread
        self.cardPresentProbability = cardPresentProbability
        self.farFromHomeProbability = farFromHomeProbability
    }

    /// The six default categories, in alphabetical order.
    public static let defaults: [MerchantCategory] = [
        MerchantCategory(
            name: "electronics", share: 0.07, medianAmount: 180, amountLogSpread: 0.9,
            cardPresentProbability: 0.6, farFromHomeProbability: 0.05),
        MerchantCategory(
            name: "fuel", share: 0.14, medianAmount: 45, amountLogSpread: 0.4,
            cardPresentProbability: 0.97, farFromHomeProbability: 0.12),
        MerchantCategory(
            name: "grocery", share: 0.30, medianAmount: 38, amountLogSpread: 0.6,
            cardPresentProbability: 0.98, farFromHomeProbability: 0.03),
        MerchantCategory(
            name: "online", share: 0.20, medianAmount: 55, amountLogSpread: 1.0,
            cardPresentProbability: 0, farFromHomeProbability: 0.05),
        MerchantCategory(
            name: "restaurants", share: 0.22, medianAmount: 30, amountLogSpread: 0.6,
            cardPresentProbability: 0.95, farFromHomeProbability: 0.06),
        MerchantCategory(
            name: "travel", share: 0.07, medianAmount: 320, amountLogSpread: 1.0,
            cardPresentProbability: 0.5, farFromHomeProbability: 0.45),
    ]

    func validate(_ check: ParameterCheck, index: Int) throws(GeneratorError) {
        let prefix = "categories[\(index)]"
        try check.nonNegative("\(prefix).share", share)
        try check.positive("\(prefix).medianAmount", medianAmount)
        try check.nonNegative("\(prefix).amountLogSpread", amountLogSpread)
        try check.probability("\(prefix).cardPresentProbability", cardPresentProbability)
        try check.probability("\(prefix).farFromHomeProbability", farFromHomeProbability)
    }
}
