import Curriculum

/// A quiz or mock exam in progress: the questions drawn, where the learner is, what they answered.
public struct StudyAttempt: Sendable {
    /// A quiz on one module, or the mock exam.
    public enum Kind: Sendable, Equatable {
        case quiz(module: String)
        case exam
        case review
    }

    /// One answer (or skip) the learner gave.
    public struct Answer: Sendable, Equatable {
        /// `module/question`.
        public var key: String
        /// The module.
        public var module: String
        /// The question's objective id.
        public var objective: String
        /// The response in its stable encoding, or nil when skipped.
        public var response: String?
        /// Score from 0 to 1.
        public var fraction: Double
        /// Seconds from showing the question to answering it.
        public var seconds: Double
    }

    /// Quiz or exam.
    public var kind: Kind
    /// The seed that drew and shuffled the questions.
    public var seed: UInt64
    /// The questions, in the order they are asked.
    public var questions: [DrawnQuestion]
    /// Answers so far, one per question asked.
    public var answers: [Answer] = []
    /// When the attempt started (seconds since 1970).
    public var startedAt: Double
    /// When the current question was shown.
    public var shownAt: Double
    /// When time is up (exams only).
    public var deadline: Double?

    /// Index of the current question.
    public var position: Int { answers.count }
    /// Whether every question has an answer.
    public var isFinished: Bool { answers.count >= questions.count }
    /// The question being asked.
    public var current: DrawnQuestion? { isFinished ? nil : questions[position] }

    /// The layout of the current question; each question's shuffle has its own seed.
    public var presentation: QuestionPresentation? {
        current.map { QuestionPresentation($0.question, seed: seed &+ UInt64(position) &* 0x9E37_79B9_7F4A_7C15) }
    }

    /// Words for the prompt: `quiz lifecycle · 3/10` or `exam · 12/40 · 43m left`.
    public func promptContext(now: Double) -> [String] {
        let count = "\(min(position + 1, questions.count))/\(questions.count)"
        switch kind {
        case .quiz(let module): return ["quiz \(module)", count]
        case .exam:
            let left = max(0, Int(((deadline ?? now) - now) / 60.0 + 0.999))
            return ["exam", count, "\(left)m left"]
        case .review: return ["review", count]
        }
    }
}
