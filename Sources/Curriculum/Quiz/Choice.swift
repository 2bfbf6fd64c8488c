/// One choice of a single- or multiple-answer question.
public struct Choice: Sendable, Equatable, Hashable {
    /// What the learner reads.
    public var text: String
    /// Whether picking this choice is (part of) the right answer.
    public var correct: Bool
    /// Moodle-style partial credit in percent, −100 to 100; only multiple-answer questions use it,
    /// and then every choice has one or none does.
    public var weight: Double?
    /// Shown when the learner picks this choice; empty when there is none.
    public var feedback: String

    /// Creates a choice; it is wrong, unweighted and without feedback unless said otherwise.
    public init(_ text: String, correct: Bool = false, weight: Double? = nil, feedback: String = "") {
        self.text = text
        self.correct = correct
        self.weight = weight
        self.feedback = feedback
    }
}
