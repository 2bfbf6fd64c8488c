/// The counts a verdict was decided on, after dropping missing values.
public struct SampleSizes: Sendable, Equatable {
    /// Reference rows kept (Evidently's N).
    public let reference: Int
    /// Current rows kept.
    public let current: Int
    /// Missing values (NaN, ±inf) dropped from the reference.
    public let droppedFromReference: Int
    /// Missing values dropped from the current sample.
    public let droppedFromCurrent: Int
    /// Distinct non-missing values in reference ∪ current (Evidently's n_values).
    public let distinctValues: Int

    /// Creates sizes from their parts.
    public init(reference: Int, current: Int, droppedFromReference: Int, droppedFromCurrent: Int, distinctValues: Int) {
        self.reference = reference
        self.current = current
        self.droppedFromReference = droppedFromReference
        self.droppedFromCurrent = droppedFromCurrent
        self.distinctValues = distinctValues
    }
}
