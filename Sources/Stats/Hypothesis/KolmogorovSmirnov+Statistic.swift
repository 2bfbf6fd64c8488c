extension KolmogorovSmirnov {
    /// max over all data points of |F₁(x) − F₂(x)| with F(x) = #{≤ x}/n, in one merge pass.
    ///
    /// scipy evaluates cdf1 − cdf2 = i/n₁ − j/n₂ (two divisions, one subtraction) at every pooled
    /// value and reports max(clip(−min, 0, 1), max). To return the same bits without dividing at
    /// every step, the walk tracks the exact numerator N = i·n₂ − j·n₁ and only evaluates scipy's
    /// floating-point expression where N is within `margin` of the running extreme: the rounded
    /// expression is within 3.4e-16 of the exact value, so no position further away can win.
    /// Only positions that end a run of equal values count (searchsorted side='right').
    /// Exact for sample sizes with n₁·n₂ < 9.2e18; NaN when a sample is empty.
    static func maximumECDFDistance(_ first: [Double], _ second: [Double]) -> Double {
        first.withUnsafeBufferPointer { a in
            second.withUnsafeBufferPointer { b in
                let n1 = a.count
                let n2 = b.count
                guard n1 > 0, n2 > 0 else { return .nan }
                var extremes = ECDFExtremes(n1: n1, n2: n2)
                let step1 = n2
                let step2 = n1
                // i values of the first sample and taken = i + j values in all have been consumed; j is derived,
                // so the loop carries a single data-dependent counter.
                var i = 0
                var taken = 0
                var previous = 0.0
                while true {
                    let x = a[i]
                    let y = b[taken &- i]
                    // Which side is smaller is a coin flip: add the comparison's 0/1 instead of branching on it.
                    i &+= Int(truncatingIfNeeded: unsafeBitCast(x <= y, to: UInt8.self))
                    taken &+= 1
                    previous = min(x, y)
                    if i == n1 || taken &- i == n2 { break }
                    if min(a[i], b[taken &- i]) > previous {
                        extremes.visit(i: i, j: taken &- i, numerator: i &* (step1 &+ step2) &- taken &* step2)
                    }
                }
                var j = taken - i
                var numerator = i * step1 - j * step2
                // One side is exhausted: walk the other, still only counting the ends of tie runs.
                while true {
                    let next: Double
                    if i < n1 {
                        next = a[i]
                    } else if j < n2 {
                        next = b[j]
                    } else {
                        extremes.visit(i: i, j: j, numerator: numerator)
                        break
                    }
                    if next > previous {
                        extremes.visit(i: i, j: j, numerator: numerator)
                    }
                    previous = next
                    if i < n1 {
                        i += 1
                        numerator += step1
                    } else {
                        j += 1
                        numerator -= step2
                    }
                }
                return extremes.statistic
            }
        }
    }
}

/// The largest and smallest cdf1 − cdf2 in scipy's floating-point form, evaluated only near the extremes.
private struct ECDFExtremes {
    let size1: Double
    let size2: Double
    /// How far below the running exact maximum (in units of 1/(n₁n₂)) a position can still win after rounding.
    let margin: Int
    var largest = -Double.infinity
    var smallest = Double.infinity
    var maximumThreshold = Int.min
    var minimumThreshold = Int.max

    init(n1: Int, n2: Int) {
        size1 = Double(n1)
        size2 = Double(n2)
        margin = Int((Double(n1) * Double(n2) * 1e-15).rounded(.up)) + 1
    }

    @inline(__always)
    mutating func visit(i: Int, j: Int, numerator: Int) {
        if numerator >= maximumThreshold {
            largest = max(largest, Double(i) / size1 - Double(j) / size2)
            maximumThreshold = max(maximumThreshold, numerator - margin)
        }
        if numerator <= minimumThreshold {
            smallest = min(smallest, Double(i) / size1 - Double(j) / size2)
            minimumThreshold = min(minimumThreshold, numerator + margin)
        }
    }

    /// max(clip(−min, 0, 1), max), scipy's choice between the two one-sided statistics.
    var statistic: Double {
        let below = min(max(-smallest, 0), 1)
        return below > largest ? below : largest
    }
}
