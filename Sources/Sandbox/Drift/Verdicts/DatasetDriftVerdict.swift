import Stats

/// Whether a dataset drifted: the share of drifted columns against the drift share.
///
/// Source: Evidently 0.7 `get_dataset_drift`: share = drifted columns / all columns, dataset
/// drift when share ≥ `drift_share` (0.5 by default).
public struct DatasetDriftVerdict: Sendable, Equatable {
    /// Every column's verdict, in input order, after any p-value correction.
    public let columns: [DriftVerdict]
    /// How many columns drifted.
    public let driftedCount: Int
    /// driftedCount / columns.count.
    public let share: Double
    /// The share at or above which the dataset drifts.
    public let driftShare: Double
    /// The correction applied across p-value columns.
    public let correction: MultipleTestingCorrection
    /// Whether the dataset drifted.
    public let drifted: Bool

    /// Combines column verdicts (decided without correction) into a dataset verdict.
    /// - Throws: `DriftError` for no columns or a drift share outside [0, 1].
    public init(
        columns verdicts: [DriftVerdict], driftShare: Double = 0.5, correction: MultipleTestingCorrection = .none
    ) throws(DriftError) {
        guard !verdicts.isEmpty else { throw DriftError(.mismatchedColumns, DriftMessages.noColumns) }
        guard driftShare >= 0, driftShare <= 1 else {
            throw DriftError(.invalidOption, DriftMessages.invalidDriftShare(driftShare))
        }
        let decided = Self.applying(correction, to: verdicts)
        columns = decided
        driftedCount = decided.lazy.filter(\.drifted).count
        share = Double(driftedCount) / Double(decided.count)
        self.driftShare = driftShare
        self.correction = correction
        drifted = share >= driftShare
    }

    /// One line, e.g. "9 of 14 columns drifted (share 0.64 ≥ 0.5) → dataset drift".
    public var reason: String {
        let relation = drifted ? "≥" : "<"
        let shown = NumberText.score(share, threshold: driftShare, comparison: .atLeast)
        let corrected = correction == .none ? "" : ", p-values \(correction.label)-corrected"
        let outcome = drifted ? "dataset drift" : "no dataset drift"
        return "\(driftedCount) of \(columns.count) columns drifted\(corrected) "
            + "(share \(shown) \(relation) \(NumberText.threshold(driftShare))) → \(outcome)"
    }

    /// Re-decides the p-value columns on corrected p-values; distance columns pass through.
    static func applying(_ correction: MultipleTestingCorrection, to verdicts: [DriftVerdict]) -> [DriftVerdict] {
        let method: PValueAdjustment
        switch correction {
        case .none: return verdicts
        case .bonferroni: method = .bonferroni
        case .benjaminiHochberg: method = .benjaminiHochberg
        }
        let family = verdicts.indices.filter { verdicts[$0].method.scoresPValue }
        guard !family.isEmpty else { return verdicts }
        let adjusted = adjustPValues(family.map { verdicts[$0].score }, method: method).adjusted
        var result = verdicts
        for (position, index) in family.enumerated() {
            result[index] = verdicts[index].corrected(by: correction, adjustedPValue: adjusted[position])
        }
        return result
    }
}
