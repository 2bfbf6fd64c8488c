import Glibc

/// The outcome of a pooled two-proportion z test.
public struct TwoProportionZTestResult: Sendable, Equatable {
    /// z = (p₁ − p₂)/√(P(1 − P)(1/n₁ + 1/n₂)) with P the pooled proportion; 0 when P is 0 or 1.
    public let statistic: Double
    /// 2(1 − Φ(|z|)); exactly 1 when P is 0 or 1.
    public let pValue: Double

    /// Creates a result from its parts.
    public init(statistic: Double, pValue: Double) {
        self.statistic = statistic
        self.pValue = pValue
    }
}

/// Pooled two-proportion z test, two-sided, as Evidently 0.7's `z` drift test.
///
/// Source: Evidently `legacy/calculations/stattests/z_stattest.py` (`proportions_diff_z_stat_ind`,
/// `proportions_diff_z_test`): p = 2·(1 − Φ(|z|)), computed as written there (so it reaches 0 for
/// |z| above about 8.3 rather than using the survival function). When both samples are the same
/// constant Evidently answers p = 1; in counts that is a pooled proportion of 0 or 1, answered the same.
/// - Throws: `StatsError` when a count is not positive or successes fall outside [0, count].
public func twoProportionZTest(
    referenceSuccesses: Int, referenceCount: Int, currentSuccesses: Int, currentCount: Int
) throws(StatsError) -> TwoProportionZTestResult {
    try validateProportion(successes: referenceSuccesses, count: referenceCount, label: "reference")
    try validateProportion(successes: currentSuccesses, count: currentCount, label: "current")
    let n1 = Double(referenceCount)
    let n2 = Double(currentCount)
    let p1 = Double(referenceSuccesses) / n1
    let p2 = Double(currentSuccesses) / n2
    let pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    let variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2)
    if !(variance > 0) {
        return TwoProportionZTestResult(statistic: 0, pValue: 1)
    }
    let z = (p1 - p2) / variance.squareRoot()
    return TwoProportionZTestResult(statistic: z, pValue: 2 * (1 - StandardNormal.cdf(abs(z))))
}

func validateProportion(successes: Int, count: Int, label: String) throws(StatsError) {
    guard count > 0 else {
        throw StatsError(.invalidParameter, "the \(label) sample size must be positive, got \(count)")
    }
    guard successes >= 0, successes <= count else {
        throw StatsError(
            .invalidParameter, "the \(label) successes must lie in 0...\(count), got \(successes)")
    }
}
