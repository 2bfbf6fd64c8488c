/// The q-quantile of ascending, NaN-free data by linear interpolation, as `numpy.quantile(x, q)` (method 'linear').
///
/// Source: numpy `_quantile` with method 'linear' (Hyndman & Fan type 7): virtual index
/// h = (n − 1)·q, value = lerp(x[⌊h⌋], x[⌊h⌋+1], h − ⌊h⌋) with numpy's `_lerp`, which for
/// weights ≥ 0.5 interpolates from the upper end (b − (b − a)(1 − t)) to stay monotone.
/// - Throws: `StatsError` for empty data or q outside [0, 1].
public func quantile(sortedValues: [Double], probability q: Double) throws(StatsError) -> Double {
    guard !sortedValues.isEmpty else { throw StatsError.empty("the values for a quantile") }
    guard q >= 0, q <= 1 else { throw StatsError.invalid("the quantile probability", q, "in [0, 1]") }
    let count = sortedValues.count
    let virtualIndex = Double(count - 1) * q
    let below = virtualIndex.rounded(.down)
    let gamma = virtualIndex - below
    if virtualIndex >= Double(count - 1) {
        return sortedValues[count - 1]
    }
    let lowerIndex = Int(below)
    let a = sortedValues[lowerIndex]
    let b = sortedValues[lowerIndex + 1]
    let difference = b - a
    return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma
}
