import Glibc

/// The log-normal distribution: exp(X) with X normal(μ, σ).
public struct LogNormalDistribution: Sendable, Equatable {
    /// The mean μ of the underlying normal (the log of the median).
    public let logMean: Double
    /// The standard deviation σ of the underlying normal.
    public let logStandardDeviation: Double

    /// Creates a log-normal distribution from the parameters of log(X).
    public init(logMean: Double, logStandardDeviation: Double) throws(StatsError) {
        guard logMean.isFinite else { throw StatsError.invalid("log-normal log-mean", logMean, "finite") }
        guard logStandardDeviation.isFinite, logStandardDeviation >= 0 else {
            throw StatsError.invalid(
                "log-normal log-standard-deviation", logStandardDeviation, "finite and >= 0")
        }
        self.logMean = logMean
        self.logStandardDeviation = logStandardDeviation
    }

    /// Draws one value as exp(μ + σ·Z), consuming two uniforms.
    public func sample(using generator: inout SeededGenerator) -> Double {
        exp(logMean + logStandardDeviation * NormalDistribution.standardSample(using: &generator))
    }
}
