/// A histogram's numbers at one moment.
public struct HistogramReading: Sendable, Equatable {
    /// Bucket upper bounds; the last is `+Inf`.
    public var upperBounds: [Double]
    /// Observations at most each bound; the last is the count of all observations.
    public var cumulativeCounts: [Double]
    /// The sum of all observations.
    public var sum: Double

    /// The count of all observations.
    public var count: Double { cumulativeCounts.last ?? 0 }
}
