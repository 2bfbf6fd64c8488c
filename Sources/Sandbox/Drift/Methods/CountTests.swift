import Stats

/// The chi-square and z tests on per-value counts, shared by numeric and categorical columns.
enum CountTests {
    /// Evidently 0.7 `chisquare`: expected = reference count · (n_cur / n_ref), observed = current counts.
    ///
    /// Source: `chisquare_stattest.py` → `scipy.stats.chisquare(f_obs, f_exp)`; a value absent from the
    /// reference expects 0, which gives χ² = ∞ and p = 0.
    static func chiSquare<Category>(_ counts: CategoryShares<Category>) throws(StatsError) -> ColumnScore {
        let scale = Double(counts.currentTotal) / Double(counts.referenceTotal)
        let expected = counts.referenceCounts.map { Double($0) * scale }
        let observed = counts.currentCounts.map(Double.init)
        let result = try chiSquareGoodnessOfFit(observed: observed, expected: expected)
        return ColumnScore(score: result.pValue, statistic: result.statistic)
    }

    /// Evidently 0.7 `z`: pooled two-proportion test on "value is the smallest key" per side.
    ///
    /// Source: `z_stattest.py`: keys sorted, indicator 0 for keys[0] and 1 otherwise; p = 2(1 − Φ(|z|)),
    /// and 1 when both sides hold the same single value. The indicator's complement gives the same |z|.
    static func zTest<Category>(_ counts: CategoryShares<Category>) throws(StatsError) -> ColumnScore {
        let referenceFirst = counts.referenceCounts.first ?? 0
        let currentFirst = counts.currentCounts.first ?? 0
        let result = try twoProportionZTest(
            referenceSuccesses: referenceFirst, referenceCount: counts.referenceTotal,
            currentSuccesses: currentFirst, currentCount: counts.currentTotal)
        // Evidently's indicator is 1 for "not keys[0]", so its z has the opposite sign.
        return ColumnScore(score: result.pValue, statistic: 0 - result.statistic)
    }
}
