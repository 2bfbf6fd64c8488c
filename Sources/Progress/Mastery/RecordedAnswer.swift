/// A graded answer read back from the log.
public struct RecordedAnswer: Sendable, Hashable {
    /// The `question.answered` event's id.
    public let eventID: Int64
    /// When the answer was given, in epoch milliseconds.
    public let at: Int64
    /// The answer.
    public let answer: QuestionAnswer

    /// Makes a recorded answer value.
    public init(eventID: Int64, at: Int64, answer: QuestionAnswer) {
        self.eventID = eventID
        self.at = at
        self.answer = answer
    }
}
