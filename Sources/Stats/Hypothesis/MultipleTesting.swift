/// A way to adjust p-values for testing many hypotheses at once.
public enum PValueAdjustment: String, Sendable, Equatable, CaseIterable {
    /// Bonferroni: controls the family-wise error rate (statsmodels 'bonferroni').
    case bonferroni
    /// Benjamini–Hochberg step-up: controls the false discovery rate (statsmodels 'fdr_bh').
    case benjaminiHochberg
}

/// Adjusted p-values and which hypotheses are rejected at the chosen level.
public struct AdjustedPValues: Sendable, Equatable {
    /// Adjusted p-values, in the order of the input, capped at 1.
    public let adjusted: [Double]
    /// Whether each hypothesis is rejected at level alpha, in the order of the input.
    public let rejected: [Bool]

    /// Creates a result from its parts.
    public init(adjusted: [Double], rejected: [Bool]) {
        self.adjusted = adjusted
        self.rejected = rejected
    }
}

/// Adjusts p-values for multiple testing, as statsmodels.stats.multitest.multipletests.
///
/// Source: statsmodels `multipletests`: 'bonferroni' rejects p ≤ α/m and reports min(m·p, 1);
/// 'fdr_bh' sorts p, rejects every hypothesis up to the largest i with p₍ᵢ₎ ≤ (i/m)·α, and
/// reports the running minimum from the top of p₍ᵢ₎·m/i, capped at 1.
public func adjustPValues(_ pValues: [Double], method: PValueAdjustment, alpha: Double = 0.05) -> AdjustedPValues {
    let count = pValues.count
    guard count > 0 else { return AdjustedPValues(adjusted: [], rejected: []) }
    let tests = Double(count)
    switch method {
    case .bonferroni:
        let threshold = alpha / tests
        return AdjustedPValues(
            adjusted: pValues.map { min($0 * tests, 1) },
            rejected: pValues.map { $0 <= threshold })
    case .benjaminiHochberg:
        // NaN sorts last (as numpy's argsort) so the ordering stays a strict weak order.
        let order = pValues.indices.sorted { left, right in
            let a = pValues[left]
            let b = pValues[right]
            return a < b || (!a.isNaN && b.isNaN)
        }
        var sortedAdjusted = [Double](repeating: 0, count: count)
        var lastRejected = -1
        for (rank, index) in order.enumerated() {
            let fraction = Double(rank + 1) / tests
            if pValues[index] <= fraction * alpha { lastRejected = rank }
            sortedAdjusted[rank] = pValues[index] / fraction
        }
        var runningMinimum = Double.infinity
        for rank in stride(from: count - 1, through: 0, by: -1) {
            runningMinimum = min(runningMinimum, sortedAdjusted[rank])
            sortedAdjusted[rank] = min(runningMinimum, 1)
        }
        var adjusted = [Double](repeating: 0, count: count)
        var rejected = [Bool](repeating: false, count: count)
        for (rank, index) in order.enumerated() {
            adjusted[index] = sortedAdjusted[rank]
            rejected[index] = rank <= lastRejected
        }
        return AdjustedPValues(adjusted: adjusted, rejected: rejected)
    }
}
