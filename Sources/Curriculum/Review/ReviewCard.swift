/// One question's spaced-review record: its FSRS memory state and when it is next due.
///
/// Times are Unix seconds in UTC. A card that has never been reviewed has no stability,
/// difficulty or last review; `FSRSScheduler.review(_:grade:at:)` fills them in.
public struct ReviewCard: Sendable, Hashable, Codable {
    /// The question this card reviews, e.g. `production-ml/q01`; `ReviewQueue` breaks ties by it.
    public var id: String
    /// Where the card is in its life: learning, review or relearning.
    public var state: ReviewState
    /// The index of the current learning or relearning step; `nil` in the review state.
    public var step: Int?
    /// Memory stability in days: the interval over which recall probability falls to 90 %.
    public var stability: Double?
    /// Memory difficulty, from 1 (easiest) to 10 (hardest).
    public var difficulty: Double?
    /// When the card is next due, in Unix seconds.
    public var due: Int64
    /// When the card was last reviewed, in Unix seconds; `nil` before its first review.
    public var lastReview: Int64?
    /// How many times the card has been reviewed.
    public var reps: Int
    /// How many times the card was forgotten (graded again) while in the review state.
    public var lapses: Int

    /// A new, never-reviewed card that is due at `due` (usually the moment the question was answered).
    public init(id: String, due: Int64) {
        self.init(
            id: id, state: .learning, step: 0, stability: nil, difficulty: nil,
            due: due, lastReview: nil, reps: 0, lapses: 0)
    }

    /// A card restored field by field, e.g. from storage.
    public init(
        id: String,
        state: ReviewState,
        step: Int?,
        stability: Double?,
        difficulty: Double?,
        due: Int64,
        lastReview: Int64?,
        reps: Int,
        lapses: Int
    ) {
        self.id = id
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
    }
}
