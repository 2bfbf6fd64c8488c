/// Area under the ROC curve, exact with ties, as `sklearn.metrics.roc_auc_score` for binary labels.
///
/// Computed as the trapezoid area over the distinct-threshold points of the ROC curve, which with
/// ties equals the Mann–Whitney statistic P(score₊ > score₋) + ½·P(score₊ = score₋). The area is
/// accumulated in integers (2·Σ ΔFP·(TPₖ + TPₖ₋₁)) and divided once, so it is exact up to one rounding.
/// - Throws: for mismatched lengths, labels other than 0/1, NaN scores, or a single class.
public func rocAUC(labels: [Double], scores: [Double]) throws(ModelingError) -> Double {
    let sorted = try ScoredLabels(labels: labels, scores: scores, metric: "ROC AUC")
    var doubledArea = 0
    var previousTruePositives = 0
    var previousFalsePositives = 0
    sorted.forEachThresholdDescending { truePositives, falsePositives in
        doubledArea += (falsePositives - previousFalsePositives) * (truePositives + previousTruePositives)
        previousTruePositives = truePositives
        previousFalsePositives = falsePositives
    }
    return Double(doubledArea) / (2 * Double(sorted.positives.count) * Double(sorted.negatives.count))
}

/// Average precision, as `sklearn.metrics.average_precision_score` for binary labels.
///
/// AP = Σₖ (Rₖ − Rₖ₋₁)·Pₖ over distinct thresholds from the highest score down, with precision and
/// recall at each threshold counting every row scored at or above it (no interpolation).
/// - Throws: as `rocAUC`.
public func averagePrecision(labels: [Double], scores: [Double]) throws(ModelingError) -> Double {
    let sorted = try ScoredLabels(labels: labels, scores: scores, metric: "average precision")
    let positives = Double(sorted.positives.count)
    var total = 0.0
    var previousRecall = 0.0
    sorted.forEachThresholdDescending { truePositives, falsePositives in
        let recall = Double(truePositives) / positives
        let precision = Double(truePositives) / Double(truePositives + falsePositives)
        total += (recall - previousRecall) * precision
        previousRecall = recall
    }
    return total
}
