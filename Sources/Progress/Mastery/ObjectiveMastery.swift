import Foundation

/// How well a learner has mastered one learning objective, from their graded answers.
public struct ObjectiveMastery: Sendable, Hashable, Codable {
    /// The objective key, as recorded in ``QuestionAnswer/objective``.
    public let objective: String
    /// The weighted mean answer fraction, 0 to 1; see ``MasteryFormula``.
    public let mastery: Double
    /// How many answers the mean is over.
    public let answers: Int

    /// Makes a mastery value.
    public init(objective: String, mastery: Double, answers: Int) {
        self.objective = objective
        self.mastery = mastery
        self.answers = answers
    }
}

/// Mastery of an objective: the exponentially weighted mean of its answer fractions, newest
/// weighing most, with a half-life of 5 answers.
///
/// With fractions f₁ … fₙ oldest first, the answer k places before the newest weighs
/// w = 2^(−k/5), and mastery = Σ w·f / Σ w. So the 5th most recent answer counts half as much as the
/// newest and the 10th a quarter; old mistakes fade as the learner answers correctly again. This is
/// mlops-lab's own definition (not from a paper): a plain mean would never forget an early miss,
/// a last-answer-only view would swing on one slip.
public enum MasteryFormula {
    /// How many answers it takes for an answer's weight to halve.
    public static let halfLife = 5.0

    /// Each older answer's weight relative to the one after it: 2^(−1/5).
    static let decay = pow(2, -1 / halfLife)

    /// The weighted mean of `fractions` (oldest first), or `nil` for no answers.
    public static func mastery<Fractions: Sequence<Double>>(of fractions: Fractions) -> Double? {
        var running = RunningMastery()
        for fraction in fractions {
            running.add(fraction)
        }
        return running.value
    }
}

/// The mastery formula computed in one pass: each new answer first shrinks the weight of all
/// earlier ones by ``MasteryFormula`` decay, then adds itself with weight 1.
struct RunningMastery {
    private(set) var weightedSum = 0.0
    private(set) var weights = 0.0
    private(set) var count = 0

    mutating func add(_ fraction: Double) {
        weightedSum = weightedSum * MasteryFormula.decay + fraction
        weights = weights * MasteryFormula.decay + 1
        count += 1
    }

    var value: Double? {
        count == 0 ? nil : weightedSum / weights
    }
}
