/// A method's result on one column: the score compared with the threshold, and the test statistic.
struct ColumnScore: Sendable, Equatable {
    /// The p-value or distance (Evidently's `drift_score`).
    let score: Double
    /// KS D, chi-square χ² or z for p-value methods; `nil` for distances.
    let statistic: Double?
}
