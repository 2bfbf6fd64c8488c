import Glibc

/// P(Dₙ ≤ x) by Pomeranz's recursion, used by scipy for n ≤ 140 and 0.754693 < n·x² ≤ 4.
///
/// Source: Pomeranz, "Exact Cumulative Distribution of the Kolmogorov-Smirnov Statistic for
/// Small Samples (Algorithm 487)", CACM 17(12) (1974); row windows and scaling as scipy
/// `_kolmogn_Pomeranz`. Each row is the previous row convolved with scaled Poisson weights.
enum PomeranzRecursion {
    private static let scaleExponent = 128
    private static let scaleUp = 0x1.0p128
    private static let scaleDown = 0x1.0p-128

    static func cdf(n: Int, x: Double) -> Double {
        let size = Double(n)
        let t = size * x
        let whole = Int(t.rounded(.down))
        let fraction = t - Double(whole)
        let g = min(fraction, 1 - fraction)
        let ceilFraction = fraction > 0 ? 1 : 0
        let roundFraction = fraction > 0.5 ? 1 : 0
        let powerCount = 2 * (whole + 1)

        // (g/n)^m/m!, (2g/n)^m/m! and ((1 − 2g)/n)^m/m!: Poisson weights without their normaliser.
        var gPower = [Double](repeating: 1, count: powerCount)
        var twoGPower = [Double](repeating: 1, count: powerCount)
        var oneMinusTwoGPower = [Double](repeating: 1, count: powerCount)
        let gOverN = g / size
        let twoGOverN = 2 * g / size
        let oneMinusTwoGOverN = (1 - 2 * g) / size
        for m in 1..<powerCount {
            gPower[m] = gPower[m - 1] * gOverN / Double(m)
            twoGPower[m] = twoGPower[m - 1] * twoGOverN / Double(m)
            oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN / Double(m)
        }

        var previous = [Double](repeating: 0, count: powerCount)
        var current = [Double](repeating: 0, count: powerCount)
        current[0] = 1
        var previousStart = 0
        var currentStart = 0
        var exponent = 0
        let window = Window(n: n, whole: whole, ceilFraction: ceilFraction, roundFraction: roundFraction)
        var (j1, j2) = window.bounds(row: 0)
        for row in 1..<(2 * n + 2) {
            let k1 = j1
            swap(&previous, &current)
            swap(&previousStart, &currentStart)
            for index in current.indices { current[index] = 0 }
            (j1, j2) = window.bounds(row: row)
            let weights: [Double]
            if row == 1 || row == 2 * n + 1 {
                weights = gPower
            } else {
                weights = row % 2 == 1 ? twoGPower : oneMinusTwoGPower
            }
            let length = j2 - k1 + 1
            if length > 0 {
                let sourceStart = k1 - previousStart
                // numpy slicing silently shortens a slice that runs past the row's end.
                let sourceLength = min(length, powerCount - sourceStart)
                let weightLength = min(length, powerCount)
                let outputStart = j1 - k1
                let outputLength = j2 - j1 + 1
                var largest = -Double.infinity
                for out in 0..<max(outputLength, 0) {
                    // Entry `position` of the full convolution of the row slice with the weights.
                    let position = outputStart + out
                    var sum = 0.0
                    let lowest = max(0, position - (weightLength - 1))
                    let highest = min(position, sourceLength - 1)
                    if lowest <= highest {
                        for i in lowest...highest {
                            sum += previous[sourceStart + i] * weights[position - i]
                        }
                    }
                    current[out] = sum
                    largest = max(largest, sum)
                }
                for out in max(outputLength, 0)..<powerCount {
                    largest = max(largest, current[out])
                }
                if largest > 0 && largest < scaleDown {
                    for index in current.indices { current[index] *= scaleUp }
                    exponent -= scaleExponent
                }
                currentStart = previousStart + j1 - k1
            }
        }

        var answer = current[n - currentStart]
        for m in 1...n {
            if abs(answer) > scaleUp {
                answer *= scaleDown
                exponent += scaleExponent
            }
            answer *= Double(m)
        }
        if exponent != 0 {
            answer = scalbn(answer, Int32(clamping: exponent))
        }
        return KolmogorovDistribution.clipProbability(answer)
    }

    /// The first and last non-zero column of each row (scipy `_pomeranz_compute_j1j2`).
    private struct Window {
        let n: Int
        let whole: Int
        let ceilFraction: Int
        let roundFraction: Int

        func bounds(row: Int) -> (Int, Int) {
            var j1: Int
            var j2: Int
            if row == 0 {
                j1 = -whole - ceilFraction - 1
                j2 = whole + ceilFraction - 1
            } else {
                let half = (row + 1) / 2
                if (row + 1) % 2 == 0 {
                    if half == n + 1 {
                        j1 = n - whole - ceilFraction - 1
                        j2 = n + whole + ceilFraction - 1
                    } else {
                        j1 = half - 1 - whole - roundFraction - 1
                        j2 = half + whole - 1 + ceilFraction - 1
                    }
                } else {
                    j1 = half - 1 - whole - 1
                    j2 = half + whole + roundFraction - 1
                }
            }
            return (max(j1 + 2, 0), min(j2, n))
        }
    }
}
