import Glibc

/// The population stability index between reference and current share vectors, with Evidently's zero fill.
///
/// Source: Evidently 0.7 `psi_stattest.py`: Σ (r − c)·ln(r/c) over bins, after each side's zero
/// shares are replaced by `evidentlyZeroFilled(_:)`.
/// - Throws: `StatsError` for empty or unequal-length vectors, negative or non-finite shares, or a
///   side with no positive share.
public func populationStabilityIndex(referenceShares: [Double], currentShares: [Double]) throws(StatsError)
    -> Double
{
    guard !referenceShares.isEmpty else { throw StatsError.empty("the reference shares") }
    guard referenceShares.count == currentShares.count else {
        throw StatsError.lengths("reference shares", referenceShares.count, "current shares", currentShares.count)
    }
    let reference = try evidentlyZeroFilled(referenceShares)
    let current = try evidentlyZeroFilled(currentShares)
    var sum = CompensatedAccumulator()
    for index in reference.indices {
        sum.add((reference[index] - current[index]) * log(reference[index] / current[index]))
    }
    return sum.total
}

/// Replaces zero shares as Evidently 0.7 does before PSI: with m the smallest non-zero share,
/// zeros become m/1e6 if m ≤ 1e-4, else 1e-4.
///
/// Source: Evidently 0.7 `legacy/calculations/stattests/utils.py::get_binned_data` (feel_zeroes=True).
/// - Throws: `StatsError` for negative or non-finite shares, or when no share is positive.
public func evidentlyZeroFilled(_ shares: [Double]) throws(StatsError) -> [Double] {
    var smallest = Double.infinity
    for share in shares {
        guard share.isFinite, share >= 0 else {
            throw StatsError.invalid("every share", share, "finite and >= 0")
        }
        if share != 0 { smallest = min(smallest, share) }
    }
    guard smallest.isFinite else {
        throw StatsError(.invalidParameter, "a share vector needs at least one positive share to fill zeros")
    }
    let fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001
    return shares.map { $0 == 0 ? fill : $0 }
}
