/// The wait, in seconds, until a card's next review for each grade the learner could give.
public struct NextIntervals: Sendable, Hashable {
    /// Seconds to wait after grading the card again.
    public let again: Int64
    /// Seconds to wait after grading the card hard.
    public let hard: Int64
    /// Seconds to wait after grading the card good.
    public let good: Int64
    /// Seconds to wait after grading the card easy.
    public let easy: Int64

    /// The four waits, in seconds.
    public init(again: Int64, hard: Int64, good: Int64, easy: Int64) {
        self.again = again
        self.hard = hard
        self.good = good
        self.easy = easy
    }

    /// The wait, in seconds, after a review graded `grade`.
    public subscript(grade: ReviewGrade) -> Int64 {
        switch grade {
        case .again: again
        case .hard: hard
        case .good: good
        case .easy: easy
        }
    }
}
