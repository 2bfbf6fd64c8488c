/// The estimators a learner can train.
public enum ModelKind: String, Sendable, Equatable, CaseIterable {
    /// L2-regularised logistic regression fitted with L-BFGS; predicts a probability.
    case logisticRegression = "logistic-regression"
    /// Ridge linear regression in closed form; predicts a number.
    case linearRegression = "linear-regression"
    /// Histogram-based gradient-boosted trees; a probability for a 0/1 target, else a number.
    case gbdt

    /// The kinds as the learner types them.
    public static var names: [String] { allCases.map(\.rawValue) }
}
