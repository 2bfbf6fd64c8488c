import Glibc

/// The distribution of the two-sided one-sample Kolmogorov–Smirnov statistic Dₙ for a sample of size n.
///
/// Source: scipy.stats.kstwo (scipy/stats/_ksstats.py, `kolmogn`), which follows Simard & L'Ecuyer,
/// "Computing the Two-Sided Kolmogorov-Smirnov Distribution", J. Stat. Softw. 39(11) (2011) in choosing
/// among Ruben–Gambino closed forms, the Durbin matrix, Pomeranz's recursion, Pelz–Good and 2·Smirnov.
public enum KolmogorovDistribution {
    /// P(Dₙ ≥ x), as scipy.stats.kstwo.sf(x, n); NaN for n < 1 or NaN x.
    public static func survival(sampleSize n: Int, statistic x: Double) -> Double {
        guard n >= 1, !x.isNaN else { return .nan }
        // rv_continuous answers outside the open support (0.5/n, 1) without calling kolmogn.
        if x <= 0.5 / Double(n) { return 1 }
        if x >= 1 { return 0 }
        return clipProbability(kolmogorov(n: n, x: x, wantCDF: false))
    }

    /// P(Dₙ ≤ x), as scipy.stats.kstwo.cdf(x, n); NaN for n < 1 or NaN x.
    public static func cdf(sampleSize n: Int, statistic x: Double) -> Double {
        guard n >= 1, !x.isNaN else { return .nan }
        if x <= 0.5 / Double(n) { return 0 }
        if x >= 1 { return 1 }
        return clipProbability(kolmogorov(n: n, x: x, wantCDF: true))
    }

    /// scipy's `_kolmogn`: the branch selection of Simard & L'Ecuyer (2011) with scipy's cut-offs.
    static func kolmogorov(n: Int, x: Double, wantCDF: Bool) -> Double {
        if x >= 1 { return select(cdf: 1, sf: 0, wantCDF) }
        if x <= 0 { return select(cdf: 0, sf: 1, wantCDF) }
        let size = Double(n)
        let t = size * x
        if t <= 1 {
            // Ruben–Gambino: for 1/(2n) ≤ x ≤ 1/n, P(Dₙ ≤ x) = n!/nⁿ·(2t − 1)ⁿ.
            if t <= 0.5 { return select(cdf: 0, sf: 1, wantCDF) }
            let probability: Double
            if n <= 140 {
                let base = 2 * t - 1
                let reciprocal = 1.0 / size
                var product = 1.0
                for i in 1...n {
                    product *= Double(i) * reciprocal * base
                }
                probability = product
            } else {
                probability = exp(logFactorialOverPower(n) + size * log(2 * t - 1))
            }
            return select(cdf: probability, sf: 1 - probability, wantCDF)
        }
        if t >= size - 1 {
            // Ruben–Gambino: for x ≥ 1 − 1/n, P(Dₙ ≥ x) = 2(1 − x)ⁿ.
            let probability = 2 * pow(1 - x, size)
            return select(cdf: 1 - probability, sf: probability, wantCDF)
        }
        if x >= 0.5 {
            // Exact for x ≥ 1/2: the one-sided tails cannot both be exceeded.
            let probability = 2 * SmirnovDistribution.survival(sampleSize: n, statistic: x)
            return select(cdf: 1 - probability, sf: probability, wantCDF)
        }
        let nxSquared = t * x
        if n <= 140 {
            if nxSquared <= 0.754693 {
                let probability = DurbinMatrix.cdf(n: n, d: x)
                return select(cdf: probability, sf: 1 - probability, wantCDF)
            }
            if nxSquared <= 4 {
                let probability = PomeranzRecursion.cdf(n: n, x: x)
                return select(cdf: probability, sf: 1 - probability, wantCDF)
            }
            let probability = 2 * SmirnovDistribution.survival(sampleSize: n, statistic: x)
            return select(cdf: 1 - probability, sf: probability, wantCDF)
        }
        if !wantCDF {
            if nxSquared >= 370 { return 0 }
            if nxSquared >= 2.2 {
                return clipProbability(2 * SmirnovDistribution.survival(sampleSize: n, statistic: x))
            }
        }
        let cdfProbability: Double
        if nxSquared >= 18 {
            cdfProbability = 1
        } else if n <= 100_000 && size * pow(x, 1.5) <= 1.4 {
            cdfProbability = DurbinMatrix.cdf(n: n, d: x)
        } else {
            cdfProbability = PelzGood.cdf(n: n, x: x)
        }
        return select(cdf: cdfProbability, sf: 1 - cdfProbability, wantCDF)
    }

    /// ln(n!/nⁿ) by Stirling's series with n·ln(n) removed up front (scipy `_log_nfactorial_div_n_pow_n`).
    static func logFactorialOverPower(_ n: Int) -> Double {
        // B₂ⱼ/(2j(2j − 1)) for j = 8, …, 1, highest first (Horner order).
        let stirling: [Double] = [
            -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3,
            8.4175084175084175084e-4, -5.952380952380952381e-4, 7.9365079365079365079e-4,
            -2.7777777777777777778e-3, 8.3333333333333333333e-2,
        ]
        let size = Double(n)
        let reciprocal = 1.0 / size
        let argument = reciprocal / size
        var series = 0.0
        for coefficient in stirling {
            series = series * argument + coefficient
        }
        return log(size) / 2 - size + log(2 * Double.pi) / 2 + reciprocal * series
    }

    @inline(__always)
    static func select(cdf: Double, sf: Double, _ wantCDF: Bool) -> Double {
        clipProbability(wantCDF ? cdf : sf)
    }

    @inline(__always)
    static func clipProbability(_ p: Double) -> Double {
        if p.isNaN { return p }
        return min(max(p, 0), 1)
    }
}
