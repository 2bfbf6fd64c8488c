#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The hidden logistic model that decides `is_fraud` from a transaction's features.
///
/// log-odds = intercept + categoryLogOdds[category]
///          + logAmount · (ln(1 + amount) − amountCentre)
///          + night · [hour < 6]
///          + logDistance · ln(1 + distance_from_home_km)
///          + cardNotPresent · [!card_present]
///          + foreign · [is_foreign]
///          + velocity · min(max(0, z), velocityCap),  z = (velocity_24h − μ) / √(μ + 1)
///
/// where μ is the card's typical number of transactions per 24 h (the run's mean daily volume
/// times the card's share of activity). Using the excess over the card's own norm, rather than
/// the raw count, keeps prevalence steady when a lab changes the volume or the number of cards.
/// and `is_fraud` is a Bernoulli draw with probability 1/(1 + e^(−log-odds)). The defaults give a
/// prevalence of about 1.5 % with the default transactions. Changing any coefficient between two
/// runs is concept drift: the features stay the same, the labels change.
public struct FraudLabelModel: Sendable, Equatable {
    /// The baseline log-odds.
    public var intercept: Double
    /// Extra log-odds per merchant category name; a category not listed adds 0.
    public var categoryLogOdds: [String: Double]
    /// Log-odds per unit of ln(1 + amount) above `amountCentre`.
    public var logAmount: Double
    /// The centre subtracted from ln(1 + amount) (ln 33 ≈ 3.5: a typical purchase).
    public var amountCentre: Double
    /// Log-odds added for transactions between 00:00 and 06:00 UTC.
    public var night: Double
    /// Log-odds per unit of ln(1 + distance from home in km).
    public var logDistance: Double
    /// Log-odds added when the card is not present.
    public var cardNotPresent: Double
    /// Log-odds added for a foreign merchant.
    public var foreign: Double
    /// Log-odds per unit of the card's velocity excess z (standardised against its typical 24 h count).
    public var velocity: Double
    /// The excess z above which the velocity term stops growing.
    public var velocityCap: Double

    /// Creates a model from its coefficients.
    public init(
        intercept: Double, categoryLogOdds: [String: Double], logAmount: Double, amountCentre: Double,
        night: Double, logDistance: Double, cardNotPresent: Double, foreign: Double, velocity: Double,
        velocityCap: Double
    ) {
        self.intercept = intercept
        self.categoryLogOdds = categoryLogOdds
        self.logAmount = logAmount
        self.amountCentre = amountCentre
        self.night = night
        self.logDistance = logDistance
        self.cardNotPresent = cardNotPresent
        self.foreign = foreign
        self.velocity = velocity
        self.velocityCap = velocityCap
    }

    /// The coefficients used unless a lab changes them.
    public static let standard = FraudLabelModel(
        intercept: -6.85,
        categoryLogOdds: [
            "electronics": 1.0, "fuel": 0.2, "grocery": -0.8, "online": 0.6, "restaurants": -0.4, "travel": 0.5,
        ],
        logAmount: 0.55, amountCentre: 3.5, night: 0.9, logDistance: 0.35, cardNotPresent: 0.8, foreign: 1.1,
        velocity: 0.6, velocityCap: 6)

    /// The log-odds of fraud for one transaction whose category adds `categoryTerm`.
    ///
    /// `typicalVelocity24h` is μ, the card's expected number of transactions in 24 hours.
    @inline(__always)
    public func logOdds(
        categoryTerm: Double, amount: Double, hourOfDay: Int, distanceKilometres: Double, cardPresent: Bool,
        isForeign: Bool, velocity24h: Double, typicalVelocity24h: Double
    ) -> Double {
        var total = intercept + categoryTerm
        total += logAmount * (log1p(amount) - amountCentre)
        if hourOfDay < 6 { total += night }
        total += logDistance * log1p(distanceKilometres)
        if !cardPresent { total += cardNotPresent }
        if isForeign { total += foreign }
        let excess = (velocity24h - typicalVelocity24h) / (typicalVelocity24h + 1).squareRoot()
        total += velocity * min(max(0, excess), velocityCap)
        return total
    }

    func validate(_ check: ParameterCheck, categoryNames: [String]) throws(GeneratorError) {
        let terms: [(String, Double)] = [
            ("labelModel.intercept", intercept), ("labelModel.logAmount", logAmount),
            ("labelModel.amountCentre", amountCentre), ("labelModel.night", night),
            ("labelModel.logDistance", logDistance), ("labelModel.cardNotPresent", cardNotPresent),
            ("labelModel.foreign", foreign), ("labelModel.velocity", velocity),
        ]
        for (name, value) in terms { try check.finite(name, value) }
        try check.nonNegative("labelModel.velocityCap", velocityCap)
        for name in categoryLogOdds.keys.sorted() {
            guard categoryNames.contains(name) else {
                throw GeneratorError(
                    .invalidParameter,
                    GeneratorMessages.unknownName(
                        scenario: check.scenario, parameter: "labelModel.categoryLogOdds", name: name,
                        known: categoryNames))
            }
            try check.finite("labelModel.categoryLogOdds[\(name)]", categoryLogOdds[name] ?? 0)
        }
    }
}
