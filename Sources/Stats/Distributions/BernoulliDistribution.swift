/// The Bernoulli distribution: true with probability p.
public struct BernoulliDistribution: Sendable, Equatable {
    /// The probability of `true`.
    public let probability: Double

    /// Creates a Bernoulli distribution; `probability` must lie in [0, 1].
    public init(probability: Double) throws(StatsError) {
        guard probability >= 0, probability <= 1 else {
            throw StatsError.invalid("Bernoulli probability", probability, "in [0, 1]")
        }
        self.probability = probability
    }

    /// Draws one outcome: U < p with U uniform on [0, 1), one uniform per draw.
    public func sample(using generator: inout SeededGenerator) -> Bool {
        generator.nextUniform() < probability
    }
}
