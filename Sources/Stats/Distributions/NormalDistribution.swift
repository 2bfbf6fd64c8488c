import Glibc

/// The normal (Gaussian) distribution with a mean and a standard deviation.
public struct NormalDistribution: Sendable, Equatable {
    /// The mean μ.
    public let mean: Double
    /// The standard deviation σ (≥ 0).
    public let standardDeviation: Double

    /// Creates a normal distribution; `standardDeviation` must be finite and ≥ 0.
    public init(mean: Double = 0, standardDeviation: Double = 1) throws(StatsError) {
        guard mean.isFinite else { throw StatsError.invalid("normal mean", mean, "finite") }
        guard standardDeviation.isFinite, standardDeviation >= 0 else {
            throw StatsError.invalid("normal standard deviation", standardDeviation, "finite and >= 0")
        }
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// Draws one value, consuming exactly two uniforms.
    public func sample(using generator: inout SeededGenerator) -> Double {
        mean + standardDeviation * Self.standardSample(using: &generator)
    }

    /// Draws one standard normal value with Box–Muller, using the cosine branch only.
    ///
    /// Source: Box & Muller (1958), Z = sqrt(−2 ln U1)·cos(2π U2). The sine partner is
    /// discarded so that no hidden cache makes a draw depend on the previous call.
    public static func standardSample(using generator: inout SeededGenerator) -> Double {
        let radius = (-2 * log(generator.nextUniformExcludingZero())).squareRoot()
        let angle = 2 * Double.pi * generator.nextUniform()
        return radius * cos(angle)
    }
}
