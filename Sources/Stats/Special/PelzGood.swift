import Glibc

/// The Pelz–Good approximation to P(Dₙ ≤ x), used by scipy for n > 140 and small n·x².
///
/// Source: Pelz & Good, "Approximating the Lower Tail-areas of the Kolmogorov-Smirnov One-sample
/// Statistic", JRSS B 38(2) (1976): the Li-Chien/Korolyuk expansion K0 + K1/√n + K2/n + K3/n^1.5
/// rewritten with Jacobi theta identities; term order as scipy `_kolmogn_PelzGood`.
enum PelzGood {
    private static let piSquared = pow(Double.pi, 2)
    private static let piFourth = pow(Double.pi, 4)
    private static let piSixth = pow(Double.pi, 6)
    private static let rootTwoPi = (2 * Double.pi).squareRoot()
    private static let rootThree = 3.0.squareRoot()
    private static let minimumLog = -708.0

    static func cdf(n: Int, x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let size = Double(n)
        let z = size.squareRoot() * x
        let z2 = pow(z, 2)
        let z3 = pow(z, 3)
        let z4 = pow(z, 4)
        let z6 = pow(z, 6)

        let qLog = -piSquared / 8 / z2
        if qLog < minimumLog { return 0 }
        var q = exp(qLog)

        let k1a = -z2
        let k1b = piSquared / 4
        let k2a = 6 * z6 + 2 * z4
        let k2b = (2 * z4 - 5 * z2) * piSquared / 4
        let k2c = piFourth * (1 - 2 * z2) / 16
        let k3d = piSixth * (5 - 30 * z2) / 64
        let k3c = piFourth * (-60 * z2 + 212 * z4) / 16
        let k3b = piSquared * (135 * z4 - 96 * z6) / 4
        let k3a = -30 * z6 - 90 * pow(z, 8)

        // Horner scheme over odd m = 2k − 1 for Σ c(m)·q^(m²).
        var terms: (Double, Double, Double, Double) = (0, 0, 0, 0)
        let maxK = Int((16 * z / Double.pi).rounded(.up))
        if maxK >= 1 {
            for k in stride(from: maxK, through: 1, by: -1) {
                let m = Double(2 * k - 1)
                let m2 = m * m
                let m4 = m2 * m2
                let m6 = m4 * m2
                let qPower = pow(q, Double(8 * k))
                terms.0 = terms.0 * qPower + 1
                terms.1 = terms.1 * qPower + (k1a + k1b * m2)
                terms.2 = terms.2 * qPower + (k2a + k2b * m2 + k2c * m4)
                terms.3 = terms.3 * qPower + (k3a + k3b * m2 + k3c * m4 + k3d * m6)
            }
        }
        terms.0 = terms.0 * q * rootTwoPi / z
        terms.1 = terms.1 * q * rootTwoPi / (6 * z4)
        terms.2 = terms.2 * q * rootTwoPi / (72 * pow(z, 7))
        terms.3 = terms.3 * q * rootTwoPi / (6480 * pow(z, 10))

        // The second sum over all integers k: π²k²·q^(k²) for K2 and (3π²k²z² − π⁴k⁴)·q^(k²) for K3.
        q = exp(-piSquared / 2 / z2)
        let rootThreeZ = rootThree * z
        var k2Extra = 0.0
        var k3Extra = 0.0
        if maxK >= 1 {
            for k in stride(from: maxK, through: 1, by: -1) {
                let kSquared = Double(k * k)
                let qPower = pow(q, kSquared)
                let kPi = Double.pi * Double(k)
                k2Extra += kSquared * qPower
                k3Extra += (rootThreeZ + kPi) * (rootThreeZ - kPi) * kSquared * qPower
            }
        }
        k2Extra *= piSquared * rootTwoPi / (-36 * z3)
        terms.2 += k2Extra
        k3Extra *= piSquared * rootTwoPi / (216 * z6)
        terms.3 += k3Extra

        terms.1 /= pow(size, 0.5)
        terms.2 /= size
        terms.3 /= pow(size, 1.5)
        return terms.0 + terms.1 + terms.2 + terms.3
    }
}
