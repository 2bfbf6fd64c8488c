import Glibc

/// The distribution of the one-sided Kolmogorov–Smirnov statistic Dₙ⁺ for a sample of size n.
///
/// Source: Birnbaum & Tingey (1951) / Smirnov (1944) sum
/// P(Dₙ⁺ ≥ x) = x·Σ_{v=0}^{⌊n(1−x)⌋} C(n,v)·(x + v/n)^(v−1)·(1 − x − v/n)^(n−v),
/// with scipy.special.smirnov's special cases, stopping rule and its approximation for n > 10⁶.
/// Terms are evaluated in log space (scipy uses double-double): relative error ≲ n·1e-16.
public enum SmirnovDistribution {
    /// Above this n scipy switches to the approximation exp(−(6nx + 1)²/(18n)).
    static let maximumExactSampleSize = 1_000_000
    /// cephes MINLOG, ln of the smallest subnormal double.
    private static let minimumLog = -7.451332191019412076235e2

    /// P(Dₙ⁺ ≥ x), as scipy.special.smirnov(n, x); NaN outside n ≥ 1, 0 ≤ x ≤ 1.
    public static func survival(sampleSize n: Int, statistic x: Double) -> Double {
        guard n > 0, x >= 0, x <= 1 else { return .nan }
        if n == 1 { return 1 - x }
        if x == 0 { return 1 }
        if x == 1 { return 0 }
        let size = Double(n)
        let product = ExactProduct(size, x)
        let nxFloor = product.floor
        let alpha = product.fraction
        var lastTerm = n - nxFloor - (alpha == 0 ? 0 : 1)
        if alpha == 0 { lastTerm -= 1 }

        if nxFloor == 0 || (nxFloor == 1 && alpha == 0) {
            // x ≤ 1/n: P(Dₙ⁺ < x) = x(1 + x)^(n−1).
            let cdf = x * exp((size - 1) * log1p(x))
            return KolmogorovDistribution.clipProbability(1 - cdf)
        }
        if -2 * size * x * x < minimumLog { return 0 }
        if nxFloor >= n - 1 {
            // x ≥ 1 − 1/n: only the v = 0 term remains.
            return KolmogorovDistribution.clipProbability(exp(size * log1p(-x)))
        }
        if n > maximumExactSampleSize {
            let base = 6 * size * x + 1
            let logP = -(base * base) / 18 / size
            if logP < -log(2.0) { return exp(logP) }
            return 1 - (-expm1(logP))
        }
        return KolmogorovDistribution.clipProbability(
            lowerSum(n: n, x: x, product: product, termCount: lastTerm + 1))
    }

    /// x·Σ A_v over v < termCount, stopping early like scipy once the rest cannot matter.
    private static func lowerSum(n: Int, x: Double, product: ExactProduct, termCount: Int) -> Double {
        let size = Double(n)
        let logX = log(x)
        let ln2 = log(2.0)
        let halfN = n / 2
        // v = 0 term: x·(1/x)·(1 − x)^n.
        var sum = exp(size * log1p(-x))
        // C(n, v) kept as mantissa·2^exponent so it never overflows.
        var binomialMantissa = 1.0
        var binomialExponent = 0
        let rescale = 0x1.0p512
        var v = 1
        while v < termCount {
            binomialMantissa = binomialMantissa * Double(n - v + 1) / Double(v)
            // Past v = n/2 the coefficient shrinks again; keep the mantissa away from both ends.
            if binomialMantissa > rescale {
                binomialMantissa /= rescale
                binomialExponent += 512
            } else if binomialMantissa < 1 / rescale {
                binomialMantissa *= rescale
                binomialExponent -= 512
            }
            // u = x + v/n and 1 − u, both from the exact n·x so neither loses digits to cancellation.
            let scaledUp = (Double(v) + product.high) + product.low
            let scaledDown = (Double(n - v) - product.high) - product.low
            let u = scaledUp / size
            let logU = log(u)
            let logOneMinusU = u <= 0.5 ? log1p(-u) : log(scaledDown / size)
            let logTerm = logX + log(binomialMantissa) + Double(binomialExponent) * ln2
                + Double(v - 1) * logU + Double(n - v) * logOneMinusU
            let term = exp(logTerm)
            if term.isFinite && term != 0 {
                sum += term
                if 4 * Double(termCount - v) * term < Double.ulpOfOne * sum && v != termCount - 1 {
                    break
                }
            } else if v > halfN {
                break
            }
            v += 1
        }
        return sum
    }
}

/// n·x as an exact sum high + low (Dekker's TwoProduct via fused multiply-add), with its floor and fraction.
struct ExactProduct {
    let high: Double
    let low: Double
    let floor: Int
    let fraction: Double

    init(_ n: Double, _ x: Double) {
        high = n * x
        low = (-high).addingProduct(n, x)
        var whole = high.rounded(.down)
        if whole == high && low < 0 { whole -= 1 }
        var fraction = (high - whole) + low
        if fraction >= 1 {
            whole += 1
            fraction = 0
        }
        floor = Int(whole)
        self.fraction = max(fraction, 0)
    }
}
