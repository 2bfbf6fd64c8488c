/// Turns a quiz answer into an FSRS review grade: wrong → again; right but slow → hard;
/// right → good; right and fast → easy.
///
/// "Slow" and "fast" are relative to the question's expected answer time. A guessable question
/// (true/false) is never graded easy, since a quick right answer there says little about memory.
public struct ReviewGrading: Sendable, Hashable {
    /// mlops-lab's rule: slow above 2 × the expected time, fast below 0.5 × it.
    public static let standard = ReviewGrading(slowFactor: 2.0, fastFactor: 0.5)

    /// A right answer that took more than `slowFactor` × the expected time is graded hard.
    public let slowFactor: Double
    /// A right answer that took less than `fastFactor` × the expected time is graded easy.
    public let fastFactor: Double

    /// A rule with its own thresholds; `fastFactor` should be below `slowFactor`.
    public init(slowFactor: Double, fastFactor: Double) {
        self.slowFactor = slowFactor
        self.fastFactor = fastFactor
    }

    /// The review grade for `outcome`.
    ///
    /// Times exactly on a threshold count as neither slow nor fast. When the expected or the
    /// taken time is not a finite positive number, timing says nothing and a right answer is good.
    public func grade(for outcome: QuizOutcome) -> ReviewGrade {
        guard outcome.isCorrect else { return .again }
        let expected = outcome.expectedSeconds
        let taken = outcome.secondsTaken
        guard expected.isFinite, expected > 0, taken.isFinite, taken > 0 else { return .good }
        if taken > slowFactor * expected {
            return .hard
        }
        if taken < fastFactor * expected && !outcome.isGuessable {
            return .easy
        }
        return .good
    }
}
