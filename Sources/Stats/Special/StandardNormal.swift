import Glibc

/// The standard normal distribution's CDF Φ, survival function 1 − Φ and quantile Φ⁻¹.
public enum StandardNormal {
    /// Φ(x) = P(Z ≤ x).
    ///
    /// Source: cephes `ndtr` (as in scipy.special.ndtr): 0.5 + 0.5·erf(x/√2) near 0, else
    /// 0.5·erfc(|x|/√2) reflected, so each tail keeps full relative accuracy. Like cephes `erfc`,
    /// the tail is 0 once (x/√2)² exceeds MAXLOG (x < −37.7), where the value would be subnormal.
    public static func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        let scaled = x * 0.5.squareRoot()
        let magnitude = abs(scaled)
        if magnitude < 0.5.squareRoot() {
            return 0.5 + 0.5 * erf(scaled)
        }
        let tail = magnitude * magnitude > cephesMaximumLog ? 0 : 0.5 * erfc(magnitude)
        return scaled > 0 ? 1 - tail : tail
    }

    /// cephes MAXLOG = ln(DBL_MAX): erfc(a) is 0 when a² exceeds it.
    private static let cephesMaximumLog = 7.09782712893383996843e2

    /// 1 − Φ(x) = P(Z > x), accurate in the upper tail (scipy.stats.norm.sf is ndtr(−x)).
    public static func survival(_ x: Double) -> Double {
        cdf(-x)
    }

    /// The density φ(x) = exp(−x²/2)/√(2π).
    public static func density(_ x: Double) -> Double {
        exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
    }

    /// Φ⁻¹(p): the x with Φ(x) = p; −∞ at 0, +∞ at 1, NaN outside [0, 1].
    ///
    /// Source: Wichura, "Algorithm AS 241: The Percentage Points of the Normal Distribution",
    /// Applied Statistics 37 (1988), PPND16 (about 1e-16 relative accuracy).
    public static func quantile(_ p: Double) -> Double {
        guard p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            return q * horner(r, central.numerator) / horner(r, central.denominator)
        }
        var r = q < 0 ? p : 1 - p
        r = (-log(r)).squareRoot()
        let value: Double
        if r <= 5 {
            r -= 1.6
            value = horner(r, intermediate.numerator) / horner(r, intermediate.denominator)
        } else {
            r -= 5
            value = horner(r, tail.numerator) / horner(r, tail.denominator)
        }
        return q < 0 ? -value : value
    }

    /// Evaluates Σ cᵢ·xⁱ with coefficients in increasing degree.
    private static func horner(_ x: Double, _ coefficients: [Double]) -> Double {
        var result = 0.0
        for coefficient in coefficients.reversed() {
            result = result * x + coefficient
        }
        return result
    }

    // AS 241 PPND16 coefficients, increasing degree; denominators start with their constant 1.
    private static let central = (
        numerator: [
            3.3871328727963666080e0, 1.3314166789178437745e+2, 1.9715909503065514427e+3,
            1.3731693765509461125e+4, 4.5921953931549871457e+4, 6.7265770927008700853e+4,
            3.3430575583588128105e+4, 2.5090809287301226727e+3,
        ],
        denominator: [
            1.0, 4.2313330701600911252e+1, 6.8718700749205790830e+2, 5.3941960214247511077e+3,
            2.1213794301586595867e+4, 3.9307895800092710610e+4, 2.8729085735721942674e+4,
            5.2264952788528545610e+3,
        ]
    )
    private static let intermediate = (
        numerator: [
            1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
            3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
            2.27238449892691845833e-2, 7.74545014278341407640e-4,
        ],
        denominator: [
            1.0, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
            1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4,
            1.05075007164441684324e-9,
        ]
    )
    private static let tail = (
        numerator: [
            6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
            2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
            2.71155556874348757815e-5, 2.01033439929228813265e-7,
        ],
        denominator: [
            1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
            7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
            2.04426310338993978564e-15,
        ]
    )
}
