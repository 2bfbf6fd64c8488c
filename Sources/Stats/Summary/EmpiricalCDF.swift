/// The empirical CDF of ascending data at x: the share of values ≤ x.
///
/// Source: the right-continuous ECDF Fₙ(x) = #{xᵢ ≤ x}/n (scipy.stats.ecdf; searchsorted side='right').
/// Returns NaN for empty data.
public func empiricalCDF(sortedValues: [Double], at x: Double) -> Double {
    guard !sortedValues.isEmpty else { return .nan }
    return Double(upperBound(sortedValues, x)) / Double(sortedValues.count)
}
