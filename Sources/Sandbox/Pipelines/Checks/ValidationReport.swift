/// What a `validate` step found: the data's size and every anomaly, as TFDV's anomalies report.
public struct ValidationReport: Sendable, Equatable {
    /// Rows in the dataset checked.
    public let rowCount: Int
    /// Every expectation the data broke, in the order the expectations were written.
    public let anomalies: [DataAnomaly]

    /// Creates a report.
    public init(rowCount: Int, anomalies: [DataAnomaly]) {
        self.rowCount = rowCount
        self.anomalies = anomalies
    }

    /// Whether the data met every expectation.
    public var passed: Bool { anomalies.isEmpty }
}

/// One way the data broke an expectation.
public struct DataAnomaly: Sendable, Equatable {
    /// The column, or nil for the row count.
    public let column: String?
    /// What kind of anomaly it is.
    public let kind: AnomalyKind
    /// One line with the measured value and the expectation:
    /// "amount: 12 values below min 0 (0.4 %), lowest -35.2".
    public let description: String
    /// The measured value: a share of rows for most kinds, a row count for row counts, nil when
    /// there is nothing to measure (a missing column, a wrong type).
    public let measured: Double?

    /// Creates an anomaly.
    public init(column: String?, kind: AnomalyKind, description: String, measured: Double?) {
        self.column = column
        self.kind = kind
        self.description = description
        self.measured = measured
    }
}

/// The kinds of data anomalies.
public enum AnomalyKind: String, Sendable, Equatable, CaseIterable {
    /// The column is not in the data.
    case missingColumn
    /// The column has another type than expected, or one the expectation cannot apply to.
    case wrongType
    /// Values below `min` or above `max`; measured is the share of non-missing values outside.
    case outOfRange
    /// More missing values than `max_null_rate`; measured is the missing share of all rows.
    case tooManyNulls
    /// Categories outside `allowed`; measured is their share of non-missing values.
    case unexpectedCategory
    /// Repeated values in a `unique` column; measured is the share of non-missing values that repeat an earlier one.
    case duplicateValues
    /// Fewer rows than `rows.min`; measured is the row count.
    case tooFewRows
    /// More rows than `rows.max`; measured is the row count.
    case tooManyRows
}
