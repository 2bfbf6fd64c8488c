/// Accuracy, precision, recall and F1 of binary predictions made by thresholding probabilities.
///
/// A row is predicted positive when its probability is ≥ `threshold`. Definitions as
/// scikit-learn's with `zero_division=0`: a ratio whose denominator is 0 is 0, and
/// F1 = 2·TP / (2·TP + FP + FN).
public struct ThresholdMetrics: Sendable, Equatable {
    /// True positives.
    public let truePositives: Int
    /// False positives.
    public let falsePositives: Int
    /// True negatives.
    public let trueNegatives: Int
    /// False negatives.
    public let falseNegatives: Int

    /// Counts the confusion matrix at `threshold`.
    public init(labels: [Double], probabilities: [Double], threshold: Double = 0.5) throws(ModelingError) {
        guard labels.count == probabilities.count, !labels.isEmpty else {
            throw ModelingError(.schemaMismatch, "threshold metrics: \(labels.count) labels and \(probabilities.count) probabilities; they must match and not be empty")
        }
        if let bad = labels.firstIndex(where: { $0 != 0 && $0 != 1 }) {
            throw ModelingError(.invalidData, "threshold metrics: label at row \(bad + 1) is \(labels[bad]); labels must be 0 or 1")
        }
        var tp = 0, fp = 0, tn = 0, fn = 0
        for (label, probability) in zip(labels, probabilities) {
            let predictedPositive = probability >= threshold
            switch (predictedPositive, label == 1) {
            case (true, true): tp += 1
            case (true, false): fp += 1
            case (false, false): tn += 1
            case (false, true): fn += 1
            }
        }
        truePositives = tp
        falsePositives = fp
        trueNegatives = tn
        falseNegatives = fn
    }

    /// (TP + TN) / n.
    public var accuracy: Double {
        Double(truePositives + trueNegatives) / Double(truePositives + falsePositives + trueNegatives + falseNegatives)
    }

    /// TP / (TP + FP), or 0 when nothing was predicted positive.
    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }

    /// TP / (TP + FN), or 0 when there are no positives.
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }

    /// 2·TP / (2·TP + FP + FN), or 0 when that denominator is 0.
    public var f1: Double { ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives) }

    private func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }
}
