/// The continuous uniform distribution on [lower, upper).
public struct UniformDistribution: Sendable, Equatable {
    /// The inclusive lower bound.
    public let lower: Double
    /// The exclusive upper bound.
    public let upper: Double

    /// Creates a uniform distribution; `lower` must be below `upper`, both finite.
    public init(lower: Double, upper: Double) throws(StatsError) {
        guard lower.isFinite, upper.isFinite else {
            throw StatsError(.nonFiniteValue, "uniform bounds must be finite, got [\(lower), \(upper))")
        }
        guard lower < upper else {
            throw StatsError(.invalidParameter, "uniform lower bound \(lower) must be below upper bound \(upper)")
        }
        self.lower = lower
        self.upper = upper
    }

    /// Draws one value: lower + (upper − lower)·U with U uniform on [0, 1).
    public func sample(using generator: inout SeededGenerator) -> Double {
        let value = lower + (upper - lower) * generator.nextUniform()
        // Rounding can land exactly on `upper` for some bounds; keep the interval half-open.
        return value < upper ? value : lower
    }
}
