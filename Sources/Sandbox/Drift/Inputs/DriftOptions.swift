/// What to run on one column: a method and threshold, or Evidently's defaults for either.
public struct ColumnDriftOptions: Sendable, Equatable {
    /// The method to use; `nil` picks Evidently 0.7's default for the column.
    public var method: DriftMethod?
    /// The threshold to use; `nil` takes the method's default (0.05 for p-values, 0.1 for distances).
    public var threshold: Double?

    /// Creates options; both default to Evidently's choice.
    public init(method: DriftMethod? = nil, threshold: Double? = nil) {
        self.method = method
        self.threshold = threshold
    }
}

/// How p-values of several columns are corrected for testing many columns at once.
///
/// Evidently 0.7 applies no correction; these are teaching options. Only columns scored by a
/// p-value method (`ks`, `chisquare`, `z`) form the family; distance columns are left as they are.
/// Each column's adjusted p-value (Stats' `adjustPValues`, as statsmodels `multipletests`) is then
/// compared with that column's own threshold and comparison. With one common threshold α this is
/// exactly Bonferroni (p ≤ α/m) or the Benjamini–Hochberg step-up procedure at level α.
public enum MultipleTestingCorrection: String, Sendable, Equatable, CaseIterable {
    /// No correction: Evidently's behaviour.
    case none
    /// Bonferroni: adjusted p = min(m·p, 1); controls the family-wise error rate.
    case bonferroni
    /// Benjamini–Hochberg: step-up adjusted p-values; controls the false discovery rate.
    case benjaminiHochberg

    /// The name shown in a verdict's reason.
    public var label: String {
        switch self {
        case .none: "uncorrected"
        case .bonferroni: "Bonferroni"
        case .benjaminiHochberg: "Benjamini–Hochberg"
        }
    }
}

/// Options for a whole dataset: per-column choices, the drift share and a p-value correction.
public struct DatasetDriftOptions: Sendable, Equatable {
    /// The options for every column without its own entry.
    public var allColumns: ColumnDriftOptions
    /// Options for named columns; they replace `allColumns` for that column.
    public var perColumn: [String: ColumnDriftOptions]
    /// The dataset drifts when the share of drifted columns is ≥ this (Evidently's `drift_share`, 0.5).
    public var driftShare: Double
    /// The correction applied across p-value columns before counting drifted ones.
    public var correction: MultipleTestingCorrection

    /// Creates options; the defaults are Evidently's `DataDriftPreset()`.
    public init(
        allColumns: ColumnDriftOptions = ColumnDriftOptions(),
        perColumn: [String: ColumnDriftOptions] = [:],
        driftShare: Double = 0.5,
        correction: MultipleTestingCorrection = .none
    ) {
        self.allColumns = allColumns
        self.perColumn = perColumn
        self.driftShare = driftShare
        self.correction = correction
    }

    /// The options that apply to the column named `name`.
    public func options(for name: String) -> ColumnDriftOptions {
        perColumn[name] ?? allColumns
    }
}
