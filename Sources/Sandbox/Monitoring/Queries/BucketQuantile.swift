/// `histogram_quantile` over classic buckets.
///
/// Source: Prometheus, promql/quantile.go `BucketQuantile` and docs/querying/functions.md. Facts
/// carried over: linear interpolation inside the bucket the rank falls in; a quantile in the
/// `+Inf` bucket is the upper bound of the second-highest bucket; the lowest bucket starts at 0
/// when its upper bound is positive, otherwise its upper bound is returned; counts that differ
/// from the previous bucket's by under 1e-12 of their sum count as equal, and counts lower than the
/// previous bucket's are raised to it; no observations or fewer than two buckets give NaN.
enum BucketQuantile {
    /// The relative difference below which two bucket counts are taken as equal.
    static let smallDeltaTolerance = 1e-12

    /// The `q`-quantile of buckets with these upper bounds (increasing, the last `+Inf`) and
    /// cumulative counts. q < 0 gives -Inf, q > 1 gives +Inf, NaN gives NaN.
    static func quantile(_ q: Double, upperBounds: [Double], cumulativeCounts: [Double]) -> Double {
        if q.isNaN { return .nan }
        if q < 0 { return -.infinity }
        if q > 1 { return .infinity }
        guard upperBounds.count == cumulativeCounts.count, upperBounds.count >= 2, upperBounds.last == .infinity else {
            return .nan
        }
        let counts = monotonic(cumulativeCounts)
        let observations = counts[counts.count - 1]
        guard observations != 0 else { return .nan }
        var rank = q * observations
        let highest = counts.count - 1
        let bucket = counts[..<highest].firstIndex { $0 >= rank } ?? highest
        if bucket == highest { return upperBounds[highest - 1] }
        if bucket == 0, upperBounds[0] <= 0 { return upperBounds[0] }
        var bucketStart = 0.0
        var count = counts[bucket]
        if bucket > 0 {
            bucketStart = upperBounds[bucket - 1]
            count -= counts[bucket - 1]
            rank -= counts[bucket - 1]
        }
        return bucketStart + (upperBounds[bucket] - bucketStart) * (rank / count)
    }

    /// Counts made non-decreasing: tiny differences are floating-point noise and ignored; a real
    /// decrease is raised to the previous count.
    static func monotonic(_ counts: [Double]) -> [Double] {
        var fixed = counts
        var previous = fixed[0]
        for position in 1..<fixed.count {
            let current = fixed[position]
            if current == previous { continue }
            if almostEqual(previous, current) || current < previous {
                fixed[position] = previous
                continue
            }
            previous = current
        }
        return fixed
    }

    private static func almostEqual(_ a: Double, _ b: Double) -> Bool {
        let sum = abs(a) + abs(b)
        if a == 0 || b == 0 || sum < Double.leastNormalMagnitude {
            return abs(a - b) < smallDeltaTolerance * Double.leastNormalMagnitude
        }
        return abs(a - b) / min(sum, Double.greatestFiniteMagnitude) < smallDeltaTolerance
    }
}
