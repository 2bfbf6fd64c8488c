import Glibc

/// The Poisson distribution with mean λ.
public struct PoissonDistribution: Sendable, Equatable {
    /// Means below this use inversion; at or above it, transformed rejection (PTRS).
    public static let rejectionThreshold = 10.0
    /// The largest mean accepted, far beyond any lesson's needs, so counts fit an `Int`.
    public static let maximumMean = 1e12

    /// The mean λ (≥ 0).
    public let mean: Double

    /// Creates a Poisson distribution; `mean` must lie in [0, 1e12].
    public init(mean: Double) throws(StatsError) {
        guard mean >= 0, mean <= Self.maximumMean else {
            throw StatsError.invalid("Poisson mean", mean, "in [0, \(Self.maximumMean)]")
        }
        self.mean = mean
    }

    /// Draws one count.
    public func sample(using generator: inout SeededGenerator) -> Int {
        if mean == 0 { return 0 }
        if mean < Self.rejectionThreshold {
            return sampleByInversion(using: &generator)
        }
        return sampleByTransformedRejection(using: &generator)
    }

    /// Sequential search of the CDF with one uniform (Devroye 1986, X.3.3, "inversion by sequential search").
    private func sampleByInversion(using generator: inout SeededGenerator) -> Int {
        let u = generator.nextUniform()
        var count = 0
        var probability = exp(-mean)
        var cumulative = probability
        // For λ < 10 the tail beyond 200 is below 1e-150; the bound only protects against rounding.
        while u > cumulative, count < 200 {
            count += 1
            probability *= mean / Double(count)
            cumulative += probability
        }
        return count
    }

    /// PTRS: Hörmann, "The transformed rejection method for generating Poisson random variables",
    /// Insurance: Mathematics and Economics 12 (1993), algorithm PTRS with its published constants.
    private func sampleByTransformedRejection(using generator: inout SeededGenerator) -> Int {
        let rootMean = mean.squareRoot()
        let logMean = log(mean)
        let b = 0.931 + 2.53 * rootMean
        let a = -0.059 + 0.02483 * b
        let logInverseAlpha = log(1.1239 + 1.1328 / (b - 3.4))
        let acceptanceBound = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = generator.nextUniform() - 0.5
            let v = generator.nextUniform()
            let distanceFromEdge = 0.5 - abs(u)
            guard distanceFromEdge > 0 else { continue }
            let candidate = ((2 * a / distanceFromEdge + b) * u + mean + 0.43).rounded(.down)
            if distanceFromEdge >= 0.07, v <= acceptanceBound, candidate >= 0 {
                return Int(candidate)
            }
            // The second test also keeps absurd candidates (u within 1e-16 of ±0.5) away from Int(_:).
            if candidate < 0 || candidate > 0x1.0p62 || (distanceFromEdge < 0.013 && v > distanceFromEdge) {
                continue
            }
            let logAcceptance = log(v) + logInverseAlpha
                - log(a / (distanceFromEdge * distanceFromEdge) + b)
            if logAcceptance <= -mean + candidate * logMean - logGamma(candidate + 1) {
                return Int(candidate)
            }
        }
    }
}
