/// Counts ascending values into bins given by ascending edges, with numpy's rules.
///
/// Source: numpy.histogram(a, bins=edges) for an explicit edge array: bin i holds
/// edges[i] ≤ x < edges[i+1], the last bin also holds x == edges[last]; values outside the edges
/// (and NaN) are not counted. Binary searches on the sorted data: O(bins·log n).
public func histogramCounts(sortedValues: [Double], edges: [Double]) -> [Int] {
    guard edges.count >= 2 else { return [] }
    let boundaries = edges.indices.map { index in
        index == edges.count - 1
            ? upperBound(sortedValues, edges[index])
            : lowerBound(sortedValues, edges[index])
    }
    return (0..<(edges.count - 1)).map { boundaries[$0 + 1] - boundaries[$0] }
}

/// Each bin's count divided by the number of values (Evidently divides by the sample's own length).
public func histogramShares(sortedValues: [Double], edges: [Double]) -> [Double] {
    let total = Double(sortedValues.count)
    return histogramCounts(sortedValues: sortedValues, edges: edges).map { Double($0) / total }
}

/// The first index whose value is ≥ `target` (numpy searchsorted side='left').
func lowerBound(_ sorted: [Double], _ target: Double) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
        let middle = low + (high - low) / 2
        if sorted[middle] < target { low = middle + 1 } else { high = middle }
    }
    return low
}

/// The first index whose value is > `target` (numpy searchsorted side='right').
func upperBound(_ sorted: [Double], _ target: Double) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
        let middle = low + (high - low) / 2
        if sorted[middle] <= target { low = middle + 1 } else { high = middle }
    }
    return low
}
