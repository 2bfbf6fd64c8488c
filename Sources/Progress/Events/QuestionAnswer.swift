import Foundation

/// The payload of a `question.answered` event: one graded answer.
///
/// Stored as a JSON object with the keys `question`, `objective`, `response`, `fraction`,
/// `correct` and `seconds`.
public struct QuestionAnswer: Sendable, Hashable, Codable {
    /// The question key, `module/qNN`; also the event's subject.
    public var question: String
    /// The learning objective the question assesses, e.g. `production-ml/o2`.
    public var objective: String
    /// What the learner answered, as text.
    public var response: String
    /// The share of the credit earned, 0 to 1 (partial credit for multi-part answers).
    public var fraction: Double
    /// Whether the answer counts as correct.
    public var correct: Bool
    /// Seconds the learner took to answer.
    public var seconds: Double

    /// Makes an answer value.
    public init(question: String, objective: String, response: String, fraction: Double, correct: Bool, seconds: Double) {
        self.question = question
        self.objective = objective
        self.response = response
        self.fraction = fraction
        self.correct = correct
        self.seconds = seconds
    }

    /// The module id: the part of the question key before its first `/`.
    public var module: String {
        String(question.prefix { $0 != "/" })
    }
}

extension NewEvent {
    /// A `question.answered` event whose subject is the question key and whose payload encodes
    /// `answer`; throws when the fraction is outside 0–1 or the time is negative or not finite.
    public static func questionAnswered(learner: Int64, at: Int64, answer: QuestionAnswer) throws(ProgressError) -> NewEvent {
        guard answer.fraction.isFinite, (0...1).contains(answer.fraction) else {
            throw .invalidEvent("the answer to \(answer.question) has fraction \(answer.fraction), outside 0 to 1")
        }
        guard answer.seconds.isFinite, answer.seconds >= 0 else {
            throw .invalidEvent("the answer to \(answer.question) took \(answer.seconds) seconds; use a time of 0 or more")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let payload: String
        do {
            payload = String(decoding: try encoder.encode(answer), as: UTF8.self)
        } catch {
            throw .invalidEvent("the answer to \(answer.question) cannot be written as JSON: \(error)")
        }
        return NewEvent(learner: learner, at: at, kind: .questionAnswered, subject: answer.question, payload: payload)
    }
}

extension StoredEvent {
    /// The answer a `question.answered` event records; `nil` for events of other kinds, and an
    /// error when the payload does not hold an answer.
    public func questionAnswer() throws(ProgressError) -> QuestionAnswer? {
        guard kind == .questionAnswered else { return nil }
        do {
            return try JSONDecoder().decode(QuestionAnswer.self, from: Data(payload.utf8))
        } catch {
            throw .invalidEvent("event \(id) (question.answered) does not hold an answer: \(error)")
        }
    }
}
