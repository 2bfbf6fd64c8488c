/// Whether one column drifted, with the method, score, threshold and the chain of reasons.
public struct DriftVerdict: Sendable, Equatable {
    /// The column's name.
    public let column: String
    /// The method that scored the column.
    public let method: DriftMethod
    /// Why that method: Evidently's default rule or a choice by name.
    public let choice: MethodChoice
    /// The p-value (`ks`, `chisquare`, `z`) or distance — Evidently's `drift_score`.
    public let score: Double
    /// The test statistic behind a p-value (KS D, chi-square χ², z); `nil` for distances.
    public let statistic: Double?
    /// The threshold the score was compared with.
    public let threshold: Double
    /// How score and threshold were compared.
    public let comparison: DriftComparison
    /// The correction applied to the p-value before deciding; `.none` in Evidently's behaviour.
    public let correction: MultipleTestingCorrection
    /// The corrected p-value that decided drift, when a correction applied to this column.
    public let adjustedPValue: Double?
    /// Whether the column drifted.
    public let drifted: Bool
    /// The counts after dropping missing values.
    public let sizes: SampleSizes

    /// The p-value, for p-value methods.
    public var pValue: Double? { method.scoresPValue ? score : nil }

    init(
        column: String, method: DriftMethod, choice: MethodChoice, score: ColumnScore, threshold: Double?,
        sizes: SampleSizes
    ) {
        self.column = column
        self.method = method
        self.choice = choice
        self.score = score.score
        statistic = score.statistic
        self.threshold = threshold ?? method.defaultThreshold
        comparison = method.comparison
        correction = .none
        adjustedPValue = nil
        drifted = method.comparison.holds(score.score, threshold: self.threshold)
        self.sizes = sizes
    }

    private init(_ verdict: DriftVerdict, correction: MultipleTestingCorrection, adjustedPValue: Double) {
        column = verdict.column
        method = verdict.method
        choice = verdict.choice
        score = verdict.score
        statistic = verdict.statistic
        threshold = verdict.threshold
        comparison = verdict.comparison
        self.correction = correction
        self.adjustedPValue = adjustedPValue
        drifted = verdict.comparison.holds(adjustedPValue, threshold: verdict.threshold)
        sizes = verdict.sizes
    }

    /// The same verdict decided on a corrected p-value instead of the raw one.
    func corrected(by correction: MultipleTestingCorrection, adjustedPValue: Double) -> DriftVerdict {
        DriftVerdict(self, correction: correction, adjustedPValue: adjustedPValue)
    }

    /// One line showing the chain, e.g. "N_ref=800 ≤ 1000, 37 distinct > 5 → KS p = 0.21 > 0.05 → no drift".
    public var reason: String {
        let why = choice.explanation(droppedFromReference: sizes.droppedFromReference)
        let decided = adjustedPValue ?? score
        let holds = comparison.holds(decided, threshold: threshold)
        let relation = holds ? comparison.symbol : comparison.negatedSymbol
        let limit = NumberText.threshold(threshold)
        let outcome = drifted ? "drift" : "no drift"
        if let adjusted = adjustedPValue {
            let raw = NumberText.score(score, threshold: threshold, comparison: comparison)
            let shown = NumberText.score(adjusted, threshold: threshold, comparison: comparison)
            return "\(why) → \(method.reasonLabel) = \(raw), \(correction.label)-adjusted \(shown) "
                + "\(relation) \(limit) → \(outcome)"
        }
        let shown = NumberText.score(score, threshold: threshold, comparison: comparison)
        return "\(why) → \(method.reasonLabel) = \(shown) \(relation) \(limit) → \(outcome)"
    }
}
