/// What happened when a learner answered one quiz question: the facts a review grade is made from.
public struct QuizOutcome: Sendable, Hashable {
    /// Whether the answer counts as right (the quiz decides, e.g. full marks).
    public var isCorrect: Bool
    /// How long the learner took to answer, in seconds.
    public var secondsTaken: Double
    /// How long the question should take someone who knows the answer, in seconds.
    public var expectedSeconds: Double
    /// Whether a right answer could well be a lucky guess, as with a true/false question.
    public var isGuessable: Bool

    /// An outcome from the answer's correctness, timing and guessability.
    public init(isCorrect: Bool, secondsTaken: Double, expectedSeconds: Double, isGuessable: Bool = false) {
        self.isCorrect = isCorrect
        self.secondsTaken = secondsTaken
        self.expectedSeconds = expectedSeconds
        self.isGuessable = isGuessable
    }
}
