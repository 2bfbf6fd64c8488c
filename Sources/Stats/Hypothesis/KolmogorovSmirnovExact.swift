/// Exact two-sided null probabilities P(D ≥ h/lcm(m, n)) for the two-sample KS statistic.
///
/// Source: scipy.stats.ks_2samp's exact path (`_attempt_exact_2kssamp`): Hodges (1958) lattice
/// paths, with the equal-size closed form and Viehmann's "1 − p" recursion (arXiv:2102.08037).
enum KolmogorovSmirnovExact {
    /// scipy `_compute_prob_outside_square`: 2·Σₖ (−1)^(k+1) C(2n, n − kh)/C(2n, n) by a Horner-like
    /// product that avoids the alternating sum's cancellation.
    static func probabilityOutsideSquare(n: Int, h: Int) -> Double {
        var probability = 0.0
        var k = n / h
        while k >= 0 {
            var ratio = 1.0
            for j in 0..<h {
                ratio = Double(n - k * h - j) * ratio / Double(n + k * h + j + 1)
            }
            probability = ratio * (1.0 - probability)
            k -= 1
        }
        return 2 * probability
    }

    /// scipy `_compute_outer_prob_inside_method`: the share of monotone lattice paths from (0, 0) to
    /// (m, n) that leave the band |x/m − y/n| < h/lcm(m, n), one column at a time over a sliding window.
    static func probabilityOutsideBand(m first: Int, n second: Int, gcd g: Int, h: Int) -> Double {
        let m = max(first, second)
        let n = min(first, second)
        let mg = m / g
        let ng = n / g
        var minJ = 0
        var maxJ = min(ceilingDivision(h, mg), n + 1)
        var currentLength = maxJ - minJ
        let capacity = min(2 * maxJ + 2, n + 1)
        // A[j] holds, for the current column, the probability of having left the band by (i, minJ + j);
        // entries past the window stay 1 because those points lie outside the band.
        var column = [Double](repeating: 1, count: capacity)
        return column.withUnsafeMutableBufferPointer { a -> Double in
            for index in minJ..<maxJ { a[index] = 0 }
            for i in 1...m {
                let lastMinJ = minJ
                let lastLength = currentLength
                minJ = min(max(floorDivision(ng * i - h, mg) + 1, 0), n)
                maxJ = min(ceilingDivision(ng * i + h, mg), n + 1)
                if maxJ <= minJ { return 1.0 }
                let columnIndex = Double(i)
                var value = minJ == 0 ? 0.0 : 1.0
                let shift = minJ - lastMinJ
                for jj in 0..<(maxJ - minJ) {
                    let j = jj + minJ
                    value = (a[jj + shift] * columnIndex + value * Double(j)) / Double(i + j)
                    a[jj] = value
                }
                currentLength = maxJ - minJ
                if lastLength > currentLength {
                    for index in currentLength..<lastLength { a[index] = 1 }
                }
            }
            return a[maxJ - minJ - 1]
        }
    }

    @inline(__always)
    static func floorDivision(_ a: Int, _ b: Int) -> Int {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }

    @inline(__always)
    static func ceilingDivision(_ a: Int, _ b: Int) -> Int {
        -floorDivision(-a, b)
    }

    static func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
