/// The outcome of scoring one response.
public struct QuestionScore: Sendable, Equatable {
    /// The share of the full mark earned, 0 to 1.
    public var fraction: Double
    /// The feedback the response earned, in the question's order: the picked choices' feedback,
    /// the matching numeric or short answer's feedback, or the true/false feedback.
    public var feedback: [String]

    /// Creates a score.
    public init(fraction: Double, feedback: [String]) {
        self.fraction = fraction
        self.feedback = feedback
    }

    /// Whether the response earned the full mark.
    public var isCorrect: Bool { fraction == 1 }
}
