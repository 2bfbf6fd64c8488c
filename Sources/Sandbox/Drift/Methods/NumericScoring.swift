import Stats

/// Scores a numeric column with any numeric-capable method, from sorted clean samples.
enum NumericScoring {
    /// Evidently's floor under the Wasserstein norm, so a constant reference does not divide by 0.
    static let minimumWassersteinNorm = 0.001

    static func score(
        _ method: DriftMethod, reference: PreparedNumbers, sortedCurrent current: [Double]
    ) throws(StatsError) -> ColumnScore {
        switch method {
        case .ks:
            // Source: ks_stattest.py → scipy.stats.ks_2samp(ref, cur), two-sided, method='auto'.
            let result = try KolmogorovSmirnov.twoSample(sortedReference: reference.sorted, sortedCurrent: current)
            return ColumnScore(score: result.pValue, statistic: result.statistic)
        case .wasserstein:
            // Source: wasserstein_distance_norm.py: wasserstein_distance / max(std(ref), 0.001).
            let distance = try wassersteinDistance(sortedA: reference.sorted, sortedB: current)
            let norm = max(reference.standardDeviation, minimumWassersteinNorm)
            return ColumnScore(score: distance / norm, statistic: nil)
        case .jensenshannon:
            // Source: jensenshannon.py → scipy jensenshannon on unfilled shares, natural log.
            let shares = try BinnedShares(numericReference: reference, sortedCurrent: current)
            return ColumnScore(score: try jensenShannonDistance(shares.reference, shares.current), statistic: nil)
        case .psi:
            // Source: psi.py: Σ (r − c)·ln(r/c) over zero-filled shares.
            let shares = try BinnedShares(numericReference: reference, sortedCurrent: current)
            let value = try populationStabilityIndex(referenceShares: shares.reference, currentShares: shares.current)
            return ColumnScore(score: value, statistic: nil)
        case .chisquare:
            return try CountTests.chiSquare(CategoryShares(sortedReference: reference.sorted, sortedCurrent: current))
        case .z:
            return try CountTests.zTest(CategoryShares(sortedReference: reference.sorted, sortedCurrent: current))
        case .linf:
            let shares = BinnedShares(CategoryShares(sortedReference: reference.sorted, sortedCurrent: current))
            return ColumnScore(score: try lInfinityDistance(shares.reference, shares.current), statistic: nil)
        }
    }
}
