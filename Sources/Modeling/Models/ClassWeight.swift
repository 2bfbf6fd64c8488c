/// How much each class counts in a classifier's loss.
public enum ClassWeight: Sendable, Equatable {
    /// Every example counts once.
    case uniform
    /// Weight n / (2 · count of the class), as scikit-learn's `class_weight="balanced"`.
    case balanced
    /// Explicit weights for label 0 and label 1.
    case custom(negative: Double, positive: Double)

    /// The weights of labels 0 and 1 for `labels` (which must be 0/1).
    func weights(for labels: [Double]) throws(ModelingError) -> (negative: Double, positive: Double) {
        switch self {
        case .uniform:
            return (1, 1)
        case .custom(let negative, let positive):
            guard negative > 0, positive > 0, negative.isFinite, positive.isFinite else {
                throw ModelingError(.invalidParameter, "class weights must be positive and finite, got \(negative) and \(positive)")
            }
            return (negative, positive)
        case .balanced:
            let positives = labels.reduce(0) { $0 + ($1 == 1 ? 1 : 0) }
            let negatives = labels.count - positives
            // Source: sklearn.utils.class_weight.compute_class_weight, n_samples / (n_classes · bincount).
            return (Double(labels.count) / (2 * Double(negatives)), Double(labels.count) / (2 * Double(positives)))
        }
    }
}

/// Checks that `labels` are 0/1 with both classes present and as many as the matrix has rows.
func validateBinaryLabels(_ labels: [Double], rows: Int) throws(ModelingError) {
    guard labels.count == rows else {
        throw ModelingError(.schemaMismatch, "the feature matrix has \(rows) rows but there are \(labels.count) labels")
    }
    if let bad = labels.firstIndex(where: { $0 != 0 && $0 != 1 }) {
        throw ModelingError(.invalidData, "label at row \(bad + 1) is \(labels[bad]); binary labels must be 0 or 1")
    }
    guard labels.contains(0), labels.contains(1) else {
        throw ModelingError(.invalidData, "the labels contain only one class; a binary classifier needs both 0 and 1")
    }
}

/// Checks that every feature value is finite (missing values must be imputed by the pipeline first).
func validateFinite(_ matrix: FeatureMatrix) throws(ModelingError) {
    if let bad = matrix.values.firstIndex(where: { !$0.isFinite }) {
        throw ModelingError(
            .invalidData,
            "feature '\(matrix.names[bad % matrix.columnCount])' at row \(bad / matrix.columnCount + 1) is \(matrix.values[bad]); values must be finite")
    }
}
