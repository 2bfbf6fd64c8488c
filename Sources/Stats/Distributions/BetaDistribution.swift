/// The beta distribution on [0, 1] with shapes α and β.
public struct BetaDistribution: Sendable, Equatable {
    /// The first shape α (> 0).
    public let alpha: Double
    /// The second shape β (> 0).
    public let beta: Double

    /// Creates a beta distribution; both shapes must be finite and > 0.
    public init(alpha: Double, beta: Double) throws(StatsError) {
        guard alpha.isFinite, alpha > 0 else { throw StatsError.invalid("beta alpha", alpha, "finite and > 0") }
        guard beta.isFinite, beta > 0 else { throw StatsError.invalid("beta beta", beta, "finite and > 0") }
        self.alpha = alpha
        self.beta = beta
    }

    /// Draws one value as X/(X + Y) with X ~ Gamma(α), Y ~ Gamma(β) (Devroye 1986, IX.4.1).
    public func sample(using generator: inout SeededGenerator) -> Double {
        let x = GammaDistribution.standardSample(shape: alpha, using: &generator)
        let y = GammaDistribution.standardSample(shape: beta, using: &generator)
        let total = x + y
        if total > 0 {
            return x / total
        }
        // Both gammas underflowed (only for tiny shapes): the mass sits at the ends 0 and 1.
        return generator.nextUniform() < alpha / (alpha + beta) ? 1 : 0
    }
}
