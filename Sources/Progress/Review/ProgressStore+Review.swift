import GRDB

extension ProgressStore {
    /// Inserts or replaces a learner's review card.
    public func saveCard(_ card: StoredReviewCard) throws(ProgressError) {
        try card.validate()
        try writing("save review card \"\(card.cardID)\"") { db in
            try Self.requireLearner(db, id: card.learner)
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO review_cards
                        (learner_id, card_id, state, step, stability, difficulty, due, last_review, reps, lapses)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    card.learner, card.cardID, card.state, card.step, card.stability, card.difficulty,
                    card.due, card.lastReview, card.reps, card.lapses,
                ])
        }
    }

    /// The learner's card with this id, if it has been saved.
    public func card(learner: Int64, id: String) throws(ProgressError) -> StoredReviewCard? {
        try reading("read review card \"\(id)\"") { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM review_cards WHERE learner_id = ? AND card_id = ?", arguments: [learner, id]
            ).map(StoredReviewCard.init(row:))
        }
    }

    /// The learner's cards due at or before `time` (epoch seconds), earliest first, ties by id.
    public func dueCards(learner: Int64, at time: Int64, limit: Int = 100) throws(ProgressError) -> [StoredReviewCard] {
        try reading("list the due review cards") { db in
            try Row.fetchAll(
                db,
                sql: "SELECT * FROM review_cards WHERE learner_id = ? AND due <= ? ORDER BY due, card_id LIMIT ?",
                arguments: [learner, time, max(0, limit)]
            ).map(StoredReviewCard.init(row:))
        }
    }
}
