/// The first Wasserstein (earth mover's) distance between two equally weighted 1-D samples.
///
/// Source: scipy.stats.wasserstein_distance(u, v) (`_cdf_distance` with p = 1): ∫|U(t) − V(t)| dt
/// with right-continuous ECDFs U, V, summed between consecutive pooled values. Here one merge pass
/// over the sorted samples, O(n₁ + n₂), with compensated summation.
/// - Throws: `StatsError` when a sample is empty or has a non-finite value.
public func wassersteinDistance(sortedA: [Double], sortedB: [Double]) throws(StatsError) -> Double {
    guard !sortedA.isEmpty else { throw StatsError.empty("the first sample") }
    guard !sortedB.isEmpty else { throw StatsError.empty("the second sample") }
    // Sorted data keeps -inf first and +inf/NaN last, so the ends decide finiteness.
    for value in [sortedA[0], sortedA[sortedA.count - 1], sortedB[0], sortedB[sortedB.count - 1]]
    where !value.isFinite {
        throw StatsError(.nonFiniteValue, "Wasserstein samples must be finite, found \(value)")
    }
    return sortedA.withUnsafeBufferPointer { a in
        sortedB.withUnsafeBufferPointer { b in
            let n1 = a.count
            let n2 = b.count
            let inverse1 = 1 / Double(n1)
            let inverse2 = 1 / Double(n2)
            var sum = CompensatedAccumulator()
            // i values of A and `taken` values in all have been consumed (j = taken − i); between the
            // value just consumed and the next pooled value both ECDFs are flat. Tied values add 0·|ΔF|.
            var i = 0
            var taken = 0
            var previous = 0.0
            while true {
                let x = a[i]
                let y = b[taken &- i]
                // A coin-flip comparison: add its 0/1 instead of branching on it.
                i &+= Int(truncatingIfNeeded: unsafeBitCast(x <= y, to: UInt8.self))
                taken &+= 1
                previous = min(x, y)
                if i == n1 || taken &- i == n2 { break }
                let next = min(a[i], b[taken &- i])
                sum.add(abs(Double(i) * inverse1 - Double(taken &- i) * inverse2) * (next - previous))
            }
            // One sample is used up; its ECDF is 1 from here on.
            var j = taken - i
            while i < n1 || j < n2 {
                let next = i < n1 ? a[i] : b[j]
                sum.add(abs(Double(i) * inverse1 - Double(j) * inverse2) * (next - previous))
                previous = next
                if i < n1 { i += 1 } else { j += 1 }
            }
            return sum.total
        }
    }
}
