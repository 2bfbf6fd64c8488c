/// One column to compare: its name and the reference and current samples.
///
/// Numeric samples mark missing values as NaN; ±inf count as missing too. Missing values are
/// dropped from each side before anything is counted or tested, as Evidently 0.7's `ValueDrift` does.
public enum DriftColumn: Sendable, Equatable {
    /// A numeric column (Evidently `ColumnType.Numerical`).
    case numeric(String, reference: [Double], current: [Double])
    /// A categorical column of labels (Evidently `ColumnType.Categorical`).
    case categorical(String, reference: [String], current: [String])

    /// The column's name.
    public var name: String {
        switch self {
        case .numeric(let name, _, _), .categorical(let name, _, _): name
        }
    }

    /// The reference side alone, for `PreparedReference`.
    public var reference: ColumnSample {
        switch self {
        case .numeric(_, let reference, _): .numeric(reference)
        case .categorical(_, let reference, _): .categorical(reference)
        }
    }

    /// The current side alone.
    public var current: ColumnSample {
        switch self {
        case .numeric(_, _, let current): .numeric(current)
        case .categorical(_, _, let current): .categorical(current)
        }
    }
}

/// One side of a column: numeric values (NaN = missing) or category labels.
public enum ColumnSample: Sendable, Equatable {
    /// Numeric values; NaN and ±inf are missing.
    case numeric([Double])
    /// Category labels.
    case categorical([String])

    /// Whether the values are numeric or categorical.
    public var kind: ColumnKind {
        switch self {
        case .numeric: .numeric
        case .categorical: .categorical
        }
    }
}

/// Whether a column holds numbers or categories; decides which methods apply.
public enum ColumnKind: String, Sendable, Equatable {
    /// Numbers (Evidently `num`).
    case numeric
    /// Category labels (Evidently `cat`).
    case categorical
}
