/// One prediction split into a bias and a contribution per feature, in the model's raw-score units.
///
/// `bias + contributions.sum() == rawScore` (up to rounding): for logistic regression the raw score
/// is the log-odds, for boosted trees the summed leaf values plus base score.
public struct FeatureContributions: Sendable, Equatable {
    /// The part of the raw score that does not depend on the row.
    public let bias: Double
    /// One contribution per feature, in the model's feature order.
    public let contributions: [Double]
    /// The feature names, aligned with `contributions`.
    public let featureNames: [String]
    /// The model's raw score for the row.
    public let rawScore: Double
}

extension LogisticRegression {
    /// Exact contributions of one row: coefficient × (standardised) feature value; the bias is the intercept.
    ///
    /// The row is read in the model's input space, so with a `FeaturePipeline` a contribution is
    /// coefficient × standardised value, in log-odds. The raw score is the margin w·x + b, summed
    /// in the same order as the contributions so the identity holds to the last bits.
    public func contributions(_ features: FeatureMatrix, row: Int) throws(ModelingError) -> FeatureContributions {
        try linearContributions(coefficients: coefficients, intercept: intercept, names: featureNames, features, row: row)
    }
}

extension RidgeRegression {
    /// Exact contributions of one row: coefficient × (standardised) feature value; the bias is the intercept.
    public func contributions(_ features: FeatureMatrix, row: Int) throws(ModelingError) -> FeatureContributions {
        try linearContributions(coefficients: coefficients, intercept: intercept, names: featureNames, features, row: row)
    }
}

extension GradientBoostedTrees {
    /// Path contributions (Saabas) of one row.
    ///
    /// Source: Saabas, "Interpreting random forests" (2014): walking a tree from the root, each split
    /// credits its feature with the change in node value from parent to child; the bias is the base
    /// score plus every root's value. The sum telescopes to the leaf values, i.e. the raw score.
    public func contributions(_ features: FeatureMatrix, row: Int) throws(ModelingError) -> FeatureContributions {
        try checkRow(features, row: row, width: featureNames.count)
        var parts = [Double](repeating: 0, count: featureNames.count)
        var bias = baseScore
        let values = features.row(row)
        for tree in trees {
            var node = 0
            bias += tree.value[0]
            while tree.left[node] >= 0 {
                let child = tree.child(of: node, for: values[tree.feature[node]])
                parts[tree.feature[node]] += tree.value[child] - tree.value[node]
                node = child
            }
        }
        let score = try rawScores(try FeatureMatrix(rowCount: 1, values: values, names: featureNames))[0]
        return FeatureContributions(bias: bias, contributions: parts, featureNames: featureNames, rawScore: score)
    }
}

/// coefficient × value per feature; the raw score sums them in the same order, so the identity holds to the last bits.
private func linearContributions(
    coefficients: [Double], intercept: Double, names: [String], _ features: FeatureMatrix, row: Int
) throws(ModelingError) -> FeatureContributions {
    try checkRow(features, row: row, width: coefficients.count)
    let parts = zip(coefficients, features.row(row)).map { $0 * $1 }
    var score = intercept
    for part in parts { score += part }
    return FeatureContributions(bias: intercept, contributions: parts, featureNames: names, rawScore: score)
}

private func checkRow(_ features: FeatureMatrix, row: Int, width: Int) throws(ModelingError) {
    guard features.columnCount == width else {
        throw ModelingError(.schemaMismatch, "the model has \(width) features, the matrix has \(features.columnCount)")
    }
    guard row >= 0, row < features.rowCount else {
        throw ModelingError(.invalidParameter, "row \(row) is outside 0..<\(features.rowCount)")
    }
}
