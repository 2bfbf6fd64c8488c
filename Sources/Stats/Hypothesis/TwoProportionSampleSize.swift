/// Per-arm sample size to detect a change from proportion p₁ to p₂ with a two-sided z test.
///
/// Source: the normal-approximation formula without continuity correction (Fleiss, Levin & Paik,
/// "Statistical Methods for Rates and Proportions", 3rd ed., 2003, eq. 4.14):
/// n = ⌈(z_{1−α/2}·√(2·p̄(1 − p̄)) + z_{power}·√(p₁(1 − p₁) + p₂(1 − p₂)))² / (p₁ − p₂)²⌉,
/// p̄ = (p₁ + p₂)/2. The first term is the spread under H₀ (pooled), the second under H₁.
/// - Throws: `StatsError` when a proportion is outside (0, 1), p₁ = p₂, or alpha/power outside (0, 1).
public func twoProportionSampleSize(
    baseline p1: Double, target p2: Double, alpha: Double = 0.05, power: Double = 0.8
) throws(StatsError) -> Int {
    guard p1 > 0, p1 < 1 else { throw StatsError.invalid("the baseline proportion", p1, "strictly between 0 and 1") }
    guard p2 > 0, p2 < 1 else { throw StatsError.invalid("the target proportion", p2, "strictly between 0 and 1") }
    guard p1 != p2 else {
        throw StatsError(.invalidParameter, "the baseline and target proportions must differ, both are \(p1)")
    }
    guard alpha > 0, alpha < 1 else { throw StatsError.invalid("alpha", alpha, "strictly between 0 and 1") }
    guard power > 0, power < 1 else { throw StatsError.invalid("power", power, "strictly between 0 and 1") }
    let average = (p1 + p2) / 2
    let zAlpha = StandardNormal.quantile(1 - alpha / 2)
    let zPower = StandardNormal.quantile(power)
    let spread = zAlpha * (2 * average * (1 - average)).squareRoot()
        + zPower * (p1 * (1 - p1) + p2 * (1 - p2)).squareRoot()
    let difference = p1 - p2
    return Int((spread * spread / (difference * difference)).rounded(.up))
}
