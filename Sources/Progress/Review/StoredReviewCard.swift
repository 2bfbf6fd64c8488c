import GRDB

/// A review card as the store keeps it: one row of `review_cards`, owned by one learner.
///
/// A plain record: the FSRS scheduler in `Curriculum` owns the meaning of these fields and maps
/// its own card type to and from this one.
public struct StoredReviewCard: Sendable, Hashable, Codable {
    /// The learner who reviews the card.
    public var learner: Int64
    /// The card's id: the question key it reviews, e.g. `production-ml/q01`.
    public var cardID: String
    /// The scheduler's state, 1 to 3 (FSRS: learning, review, relearning).
    public var state: Int
    /// The learning step within the state, when the state has steps.
    public var step: Int?
    /// Memory stability in days, once the card has been reviewed.
    public var stability: Double?
    /// Memory difficulty, once the card has been reviewed.
    public var difficulty: Double?
    /// When the card is next due, in seconds since 1970-01-01T00:00:00Z.
    public var due: Int64
    /// When the card was last reviewed, in epoch seconds.
    public var lastReview: Int64?
    /// How many times the card has been reviewed.
    public var reps: Int
    /// How many times the card was forgotten after being learnt.
    public var lapses: Int

    /// Makes a card record.
    public init(
        learner: Int64, cardID: String, state: Int, step: Int? = nil, stability: Double? = nil,
        difficulty: Double? = nil, due: Int64, lastReview: Int64? = nil, reps: Int = 0, lapses: Int = 0
    ) {
        self.learner = learner
        self.cardID = cardID
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
    }

    init(row: Row) {
        self.init(
            learner: row["learner_id"], cardID: row["card_id"], state: row["state"], step: row["step"],
            stability: row["stability"], difficulty: row["difficulty"], due: row["due"],
            lastReview: row["last_review"], reps: row["reps"], lapses: row["lapses"])
    }

    func validate() throws(ProgressError) {
        if cardID.isEmpty || cardID.utf8.count > NewEvent.maximumSubjectBytes {
            throw .invalidReviewCard(cardID, "the card id must be 1 to \(NewEvent.maximumSubjectBytes) bytes")
        }
        if !(1...3).contains(state) {
            throw .invalidReviewCard(cardID, "state \(state) is not 1, 2 or 3")
        }
        if let stability, !(stability.isFinite && stability >= 0) {
            throw .invalidReviewCard(cardID, "stability \(stability) is not a finite number of 0 or more")
        }
        if let difficulty, !difficulty.isFinite {
            throw .invalidReviewCard(cardID, "difficulty \(difficulty) is not a finite number")
        }
        if reps < 0 || lapses < 0 {
            throw .invalidReviewCard(cardID, "reps (\(reps)) and lapses (\(lapses)) cannot be negative")
        }
    }
}
