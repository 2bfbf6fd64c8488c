import Glibc

/// A rule that chooses the number of equal-width histogram bins from the data.
public enum BinRule: String, Sendable, Equatable {
    /// Sturges: width = (max − min)/(log₂ n + 1), i.e. about ⌈log₂ n + 1⌉ bins (numpy's "sturges").
    case sturges
}

/// Histogram bin edges for ascending data, identical to `numpy.histogram_bin_edges(x, bins=rule)`.
///
/// Source: numpy `_get_bin_edges` / `_hist_bin_sturges` / `linspace` (numpy 2.4): width =
/// ptp/(log₂ n + 1); bin count ⌈(max − min)/width⌉ (1 when the width is 0); min == max widens the
/// range to [min − 0.5, max + 0.5]; edges[i] = min + i·((max − min)/bins) with the last edge set to max.
/// An empty sample gives numpy's [0, 1].
/// - Throws: `StatsError` when the data range is not finite or is too narrow for distinct edges.
public func histogramBinEdges(sortedValues: [Double], rule: BinRule = .sturges) throws(StatsError) -> [Double] {
    guard let minimum = sortedValues.first, let maximum = sortedValues.last else {
        return equallySpacedEdges(from: 0, to: 1, binCount: 1)
    }
    guard minimum.isFinite, maximum.isFinite else {
        throw StatsError(
            .nonFiniteValue, "autodetected range of [\(minimum), \(maximum)] is not finite; drop NaN and ±inf first")
    }
    var first = minimum
    var last = maximum
    if first == last {
        first -= 0.5
        last += 0.5
    }
    let width: Double
    switch rule {
    case .sturges:
        width = (maximum - minimum) / (log2(Double(sortedValues.count)) + 1.0)
    }
    let binCount = width != 0 ? Int(((last - first) / width).rounded(.up)) : 1
    let edges = equallySpacedEdges(from: first, to: last, binCount: binCount)
    for index in 1..<edges.count where !(edges[index - 1] < edges[index]) {
        throw StatsError(
            .invalidParameter, "too many bins for data range: cannot create \(binCount) finite-sized bins")
    }
    return edges
}

/// numpy.linspace(first, last, binCount + 1): start + i·step, the last edge set to `last` exactly.
func equallySpacedEdges(from first: Double, to last: Double, binCount: Int) -> [Double] {
    let divisor = Double(binCount)
    let delta = last - first
    let step = delta / divisor
    var edges = [Double](repeating: 0, count: binCount + 1)
    for index in 0...binCount {
        // numpy falls back to (i/div)·delta when the step underflows to 0 (gh-5437).
        edges[index] = step == 0 ? Double(index) / divisor * delta + first : Double(index) * step + first
    }
    edges[binCount] = last
    return edges
}
