import Glibc

/// The exponential distribution with a rate λ (mean 1/λ).
public struct ExponentialDistribution: Sendable, Equatable {
    /// The rate λ (> 0).
    public let rate: Double

    /// Creates an exponential distribution; `rate` must be finite and > 0.
    public init(rate: Double) throws(StatsError) {
        guard rate.isFinite, rate > 0 else {
            throw StatsError.invalid("exponential rate", rate, "finite and > 0")
        }
        self.rate = rate
    }

    /// Draws one value by inversion: −ln(U)/λ with U uniform on (0, 1].
    public func sample(using generator: inout SeededGenerator) -> Double {
        -log(generator.nextUniformExcludingZero()) / rate
    }
}
