/// A confidence interval for the difference of two proportions, treatment minus control.
public struct ProportionDifferenceInterval: Sendable, Equatable {
    /// p_treatment − p_control.
    public let difference: Double
    /// √(p_c(1 − p_c)/n_c + p_t(1 − p_t)/n_t), the unpooled standard error.
    public let standardError: Double
    /// difference − z·standardError.
    public let lower: Double
    /// difference + z·standardError.
    public let upper: Double

    /// Creates an interval from its parts.
    public init(difference: Double, standardError: Double, lower: Double, upper: Double) {
        self.difference = difference
        self.standardError = standardError
        self.lower = lower
        self.upper = upper
    }
}

/// Wald (unpooled) confidence interval for p_treatment − p_control.
///
/// Source: the Wald interval for a difference of independent proportions, as
/// statsmodels `confint_proportions_2indep(..., method='wald', compare='diff')`:
/// d ± Φ⁻¹(1 − (1 − level)/2)·√(p₁q₁/n₁ + p₂q₂/n₂).
/// - Throws: `StatsError` for non-positive counts, successes outside [0, count] or a level outside (0, 1).
public func twoProportionConfidenceInterval(
    controlSuccesses: Int, controlCount: Int, treatmentSuccesses: Int, treatmentCount: Int,
    confidenceLevel: Double = 0.95
) throws(StatsError) -> ProportionDifferenceInterval {
    try validateProportion(successes: controlSuccesses, count: controlCount, label: "control")
    try validateProportion(successes: treatmentSuccesses, count: treatmentCount, label: "treatment")
    guard confidenceLevel > 0, confidenceLevel < 1 else {
        throw StatsError.invalid("the confidence level", confidenceLevel, "strictly between 0 and 1")
    }
    let control = Double(controlSuccesses) / Double(controlCount)
    let treatment = Double(treatmentSuccesses) / Double(treatmentCount)
    let difference = treatment - control
    let variance = control * (1 - control) / Double(controlCount)
        + treatment * (1 - treatment) / Double(treatmentCount)
    let standardError = variance.squareRoot()
    let z = StandardNormal.quantile(1 - (1 - confidenceLevel) / 2)
    return ProportionDifferenceInterval(
        difference: difference, standardError: standardError,
        lower: difference - z * standardError, upper: difference + z * standardError)
}
