import Modeling

/// One ML test of a `test` step, as "Beyond Accuracy" (Ribeiro et al., ACL 2020) and Google's
/// ML Test Score describe them: a named check of a model's behaviour, not only its score.
public struct ModelTest: Sendable, Equatable {
    /// The name shown in results.
    public var name: String
    /// What it checks.
    public var check: ModelTestCheck

    /// Creates a test.
    public init(name: String, check: ModelTestCheck) {
        self.name = name
        self.check = check
    }
}

/// What an ML test checks.
public enum ModelTestCheck: Sendable, Equatable {
    /// A data expectation on the test data.
    case expect(DataExpectation)
    /// A metric on the whole test data must be at least `min` and at most `max`.
    case minimum(metric: ModelMetric, min: Double?, max: Double?)
    /// Shuffling `feature` across rows may move no score by more than `tolerance`.
    case invariance(feature: String, tolerance: Double)
    /// Adding `delta` to the numeric `feature` may move no score against `direction`.
    case directional(feature: String, delta: Double, direction: ScoreDirection)
    /// The metric on each slice of `by` may be worse than overall by at most `maxGap`;
    /// slices under `minRows` rows are skipped.
    case slice(by: String, metric: ModelMetric, maxGap: Double, minRows: Int)
    /// The packaged model gives the same scores as the one in memory.
    case smoke

    /// The test's kind, as written in `kind:`.
    public var kind: ModelTestKind {
        switch self {
        case .expect: .expect
        case .minimum: .minimum
        case .invariance: .invariance
        case .directional: .directional
        case .slice: .slice
        case .smoke: .smoke
        }
    }
}

/// The kinds of ML tests.
public enum ModelTestKind: String, Sendable, Equatable, CaseIterable {
    /// A data expectation on the test data.
    case expect
    /// A bound on a metric.
    case minimum
    /// Scores do not depend on a feature.
    case invariance
    /// Scores move one way when a feature grows.
    case directional
    /// The metric holds on every slice.
    case slice
    /// The packaged model serves the same scores.
    case smoke
}

/// The way scores must move in a directional test.
public enum ScoreDirection: String, Sendable, Equatable, CaseIterable {
    /// No score may go down.
    case increase
    /// No score may go up.
    case decrease
}
