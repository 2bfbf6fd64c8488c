import Stats

/// Scores a categorical column from its per-category counts.
enum CategoricalScoring {
    static func score(_ method: DriftMethod, counts: CategoryShares<String>) throws(StatsError) -> ColumnScore {
        let shares = BinnedShares(counts)
        switch method {
        case .chisquare:
            return try CountTests.chiSquare(counts)
        case .z:
            return try CountTests.zTest(counts)
        case .jensenshannon:
            return ColumnScore(score: try jensenShannonDistance(shares.reference, shares.current), statistic: nil)
        case .psi:
            let value = try populationStabilityIndex(referenceShares: shares.reference, currentShares: shares.current)
            return ColumnScore(score: value, statistic: nil)
        case .linf:
            return ColumnScore(score: try lInfinityDistance(shares.reference, shares.current), statistic: nil)
        case .ks, .wasserstein:
            // `PreparedReference` refuses these for categories before scoring; this only guards the switch.
            throw StatsError(.invalidParameter, "\(method.rawValue) needs numeric values, not categories")
        }
    }
}
