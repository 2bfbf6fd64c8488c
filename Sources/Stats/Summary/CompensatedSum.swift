/// A running sum with Neumaier's compensation: error independent of the number of terms.
///
/// Source: Neumaier, "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen",
/// ZAMM 54 (1974) — Kahan's compensated summation, also correct when a term exceeds the sum.
/// The result depends only on the order of `add` calls, so it is deterministic.
public struct CompensatedAccumulator: Sendable, Equatable {
    private var sum = 0.0
    private var compensation = 0.0

    /// Creates an empty sum.
    public init() {}

    /// Adds one term.
    @inline(__always)
    public mutating func add(_ value: Double) {
        let total = sum + value
        if abs(sum) >= abs(value) {
            compensation += (sum - total) + value
        } else {
            compensation += (value - total) + sum
        }
        sum = total
    }

    /// The compensated total (NaN/∞ propagate as in plain summation).
    public var total: Double {
        let result = sum + compensation
        return result.isNaN && !sum.isNaN ? sum : result
    }
}

/// Σ values in index order with Neumaier compensation.
public func compensatedSum(_ values: [Double]) -> Double {
    var accumulator = CompensatedAccumulator()
    values.withUnsafeBufferPointer { buffer in
        for value in buffer { accumulator.add(value) }
    }
    return accumulator.total
}
