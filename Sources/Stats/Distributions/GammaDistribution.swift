import Glibc

/// The gamma distribution with a shape k and a scale θ (mean kθ).
public struct GammaDistribution: Sendable, Equatable {
    /// The shape k (> 0).
    public let shape: Double
    /// The scale θ (> 0).
    public let scale: Double

    /// Creates a gamma distribution; `shape` and `scale` must be finite and > 0.
    public init(shape: Double, scale: Double = 1) throws(StatsError) {
        guard shape.isFinite, shape > 0 else { throw StatsError.invalid("gamma shape", shape, "finite and > 0") }
        guard scale.isFinite, scale > 0 else { throw StatsError.invalid("gamma scale", scale, "finite and > 0") }
        self.shape = shape
        self.scale = scale
    }

    /// Draws one value.
    public func sample(using generator: inout SeededGenerator) -> Double {
        scale * Self.standardSample(shape: shape, using: &generator)
    }

    /// Draws a unit-scale gamma value.
    ///
    /// Source: Marsaglia & Tsang, "A simple method for generating gamma variables", ACM TOMS 26 (2000);
    /// for shape < 1 their boost Gamma(k) = Gamma(k + 1)·U^(1/k).
    static func standardSample(shape: Double, using generator: inout SeededGenerator) -> Double {
        if shape < 1 {
            let boosted = standardSample(shape: shape + 1, using: &generator)
            return boosted * pow(generator.nextUniformExcludingZero(), 1 / shape)
        }
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            let x = NormalDistribution.standardSample(using: &generator)
            let base = 1 + c * x
            guard base > 0 else { continue }
            let v = base * base * base
            let u = generator.nextUniformExcludingZero()
            let xSquared = x * x
            if u < 1 - 0.0331 * xSquared * xSquared {
                return d * v
            }
            if log(u) < 0.5 * xSquared + d * (1 - v + log(v)) {
                return d * v
            }
        }
    }
}
