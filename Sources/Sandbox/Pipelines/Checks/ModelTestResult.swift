/// The outcome of one ML test, as a test runner reports it.
public struct ModelTestResult: Sendable, Equatable {
    /// The test's name.
    public let name: String
    /// The test's kind.
    public let kind: ModelTestKind
    /// Whether it passed.
    public let passed: Bool
    /// The number the verdict rests on: the metric (minimum), the largest score change
    /// (invariance), the rows moved the wrong way (directional), the largest gap (slice), the
    /// largest difference (smoke), the first anomaly's measure (expect); nil when nothing was measured.
    public let measured: Double?
    /// One line stating what was measured against what was expected.
    public let detail: String
    /// Each slice's measurement, for slice tests; empty otherwise.
    public let slices: [SliceMeasurement]

    /// Creates a result.
    public init(name: String, kind: ModelTestKind, passed: Bool, measured: Double?, detail: String, slices: [SliceMeasurement] = []) {
        self.name = name
        self.kind = kind
        self.passed = passed
        self.measured = measured
        self.detail = detail
        self.slices = slices
    }
}

/// One slice of a slice test.
public struct SliceMeasurement: Sendable, Equatable {
    /// The slice's value of the `by` column.
    public let value: String
    /// Rows in the slice with a label.
    public let rows: Int
    /// The metric on the slice; nil when skipped.
    public let metric: Double?
    /// How much worse than overall the slice is (negative when better); nil when skipped.
    public let gap: Double?
    /// Whether it was within the gap, worse than allowed, or skipped.
    public let status: SliceStatus

    /// Creates a slice measurement.
    public init(value: String, rows: Int, metric: Double?, gap: Double?, status: SliceStatus) {
        self.value = value
        self.rows = rows
        self.metric = metric
        self.gap = gap
        self.status = status
    }
}

/// The verdict on one slice.
public enum SliceStatus: Sendable, Equatable {
    /// Within the allowed gap.
    case within
    /// Worse than overall by more than the allowed gap.
    case flagged
    /// Not measured, and why: too few rows, or one class only for a ranking metric.
    case skipped(String)
}
