/// When a transaction's label becomes known: chargebacks for fraud, a fixed window for the rest.
///
/// A fraud label arrives after `minimumDays + G` days, G ~ Gamma(shape, meanExtraDays/shape),
/// capped at `maximumDays`: with the defaults, 2 to 60 days, median about 10. A legitimate
/// transaction is confirmed when the dispute window closes, `nonFraudConfirmationDays` after it.
public struct ChargebackDelay: Sendable, Equatable {
    /// The shortest delay of a fraud label, in days.
    public var minimumDays: Double
    /// The longest delay of a fraud label, in days; longer draws are capped here.
    public var maximumDays: Double
    /// The mean of the gamma part added to `minimumDays`, in days.
    public var meanExtraDays: Double
    /// The gamma shape (1 is exponential; larger is less skewed).
    public var shape: Double
    /// Days after which a transaction without a chargeback is confirmed legitimate.
    public var nonFraudConfirmationDays: Double

    /// Creates a delay model.
    public init(
        minimumDays: Double, maximumDays: Double, meanExtraDays: Double, shape: Double,
        nonFraudConfirmationDays: Double
    ) {
        self.minimumDays = minimumDays
        self.maximumDays = maximumDays
        self.meanExtraDays = meanExtraDays
        self.shape = shape
        self.nonFraudConfirmationDays = nonFraudConfirmationDays
    }

    /// 2–60 days for fraud (median about 10), 60 days to confirm the rest.
    public static let standard = ChargebackDelay(
        minimumDays: 2, maximumDays: 60, meanExtraDays: 10, shape: 1.5, nonFraudConfirmationDays: 60)

    func validate(_ check: ParameterCheck) throws(GeneratorError) {
        try check.nonNegative("chargebackDelay.minimumDays", minimumDays)
        guard maximumDays.isFinite, maximumDays >= minimumDays, maximumDays <= 365 else {
            throw GeneratorError(
                .invalidParameter,
                GeneratorMessages.outOfRange(
                    scenario: check.scenario, parameter: "chargebackDelay.maximumDays", value: maximumDays,
                    rule: "in [minimumDays (\(minimumDays)), 365]"))
        }
        try check.positive("chargebackDelay.meanExtraDays", meanExtraDays)
        try check.positive("chargebackDelay.shape", shape)
        // A legitimate transaction must not be confirmed before a chargeback could still arrive.
        guard nonFraudConfirmationDays.isFinite, nonFraudConfirmationDays >= maximumDays,
            nonFraudConfirmationDays <= 365
        else {
            throw GeneratorError(
                .invalidParameter,
                GeneratorMessages.outOfRange(
                    scenario: check.scenario, parameter: "chargebackDelay.nonFraudConfirmationDays",
                    value: nonFraudConfirmationDays, rule: "in [maximumDays (\(maximumDays)), 365]"))
        }
    }
}
