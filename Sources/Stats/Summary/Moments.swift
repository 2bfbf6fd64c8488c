/// Whether a variance divides by n (population, numpy ddof=0) or n − 1 (sample, ddof=1).
public enum VarianceKind: Sendable, Equatable {
    /// Divide by n: the variance of the values themselves (numpy.var default).
    case population
    /// Divide by n − 1: the unbiased estimate from a sample (Bessel's correction).
    case sample

    var deltaDegreesOfFreedom: Int { self == .population ? 0 : 1 }
}

/// The arithmetic mean, summed in index order with Neumaier compensation.
/// - Throws: `StatsError` for an empty input.
public func mean(_ values: [Double]) throws(StatsError) -> Double {
    guard !values.isEmpty else { throw StatsError.empty("the values to average") }
    return compensatedSum(values) / Double(values.count)
}

/// The variance: two passes, Σ (x − mean)² compensated, divided by n − ddof.
///
/// Source: numpy.var's definition (mean first, then mean squared deviation with ddof).
/// - Throws: `StatsError` when there are not more values than the degrees of freedom removed.
public func variance(_ values: [Double], kind: VarianceKind = .population) throws(StatsError) -> Double {
    let ddof = kind.deltaDegreesOfFreedom
    guard values.count > ddof else {
        throw StatsError(
            .emptyInput, "a \(kind == .sample ? "sample" : "population") variance needs more than \(ddof) values, got \(values.count)")
    }
    let center = compensatedSum(values) / Double(values.count)
    var squares = CompensatedAccumulator()
    values.withUnsafeBufferPointer { buffer in
        for value in buffer {
            let deviation = value - center
            squares.add(deviation * deviation)
        }
    }
    return squares.total / Double(values.count - ddof)
}

/// The standard deviation, √variance.
/// - Throws: `StatsError` as `variance(_:kind:)`.
public func standardDeviation(_ values: [Double], kind: VarianceKind = .population) throws(StatsError) -> Double {
    try variance(values, kind: kind).squareRoot()
}
