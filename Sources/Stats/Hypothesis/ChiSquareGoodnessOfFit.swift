/// The outcome of Pearson's chi-square goodness-of-fit test.
public struct ChiSquareResult: Sendable, Equatable {
    /// Σ (observed − expected)²/expected; +∞ when a category with observations expects none.
    public let statistic: Double
    /// P(χ²_{k−1} ≥ statistic).
    public let pValue: Double
    /// k − 1 for k categories.
    public let degreesOfFreedom: Int

    /// Creates a result from its parts.
    public init(statistic: Double, pValue: Double, degreesOfFreedom: Int) {
        self.statistic = statistic
        self.pValue = pValue
        self.degreesOfFreedom = degreesOfFreedom
    }
}

/// Pearson's chi-square goodness-of-fit test of observed counts against expected counts.
///
/// Source: scipy.stats.chisquare(f_obs, f_exp) with ddof=0: statistic Σ (o − e)²/e,
/// p = chi2.sf(statistic, k − 1), and scipy's check that both totals agree to a relative
/// tolerance of √ε ≈ 1.49e-8.
/// - Throws: `StatsError` for empty or unequal-length inputs, or totals that disagree.
public func chiSquareGoodnessOfFit(observed: [Double], expected: [Double]) throws(StatsError) -> ChiSquareResult {
    guard !observed.isEmpty else { throw StatsError.empty("the observed frequencies") }
    guard observed.count == expected.count else {
        throw StatsError.lengths("observed", observed.count, "expected", expected.count)
    }
    let observedTotal = compensatedSum(observed)
    let expectedTotal = compensatedSum(expected)
    let relativeDifference = abs(observedTotal - expectedTotal) / min(observedTotal, expectedTotal)
    // A NaN difference (both totals 0) passes, as numpy's comparison with NaN is false.
    if relativeDifference > Double.ulpOfOne.squareRoot() {
        throw StatsError(
            .sumMismatch,
            "observed frequencies add up to \(observedTotal) but expected ones to \(expectedTotal); "
                + "they must agree to a relative tolerance of \(Double.ulpOfOne.squareRoot())")
    }
    var terms = [Double](repeating: 0, count: observed.count)
    for index in observed.indices {
        let deviation = observed[index] - expected[index]
        terms[index] = deviation * deviation / expected[index]
    }
    let statistic = compensatedSum(terms)
    let degreesOfFreedom = observed.count - 1
    let pValue = chiSquareSurvival(statistic, degreesOfFreedom: Double(degreesOfFreedom))
    return ChiSquareResult(statistic: statistic, pValue: pValue, degreesOfFreedom: degreesOfFreedom)
}
