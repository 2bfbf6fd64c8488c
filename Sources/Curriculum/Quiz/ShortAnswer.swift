/// One accepted answer of a short-answer question.
public struct ShortAnswer: Sendable, Equatable, Hashable {
    /// The accepted text; case and spacing do not matter when comparing.
    public var text: String
    /// The credit in percent, 0 to 100, for a response equal to `text`.
    public var credit: Double
    /// Shown when this answer is the one that scores the response; empty when there is none.
    public var feedback: String

    /// Creates an answer worth full credit unless said otherwise.
    public init(_ text: String, credit: Double = 100, feedback: String = "") {
        self.text = text
        self.credit = credit
        self.feedback = feedback
    }
}
