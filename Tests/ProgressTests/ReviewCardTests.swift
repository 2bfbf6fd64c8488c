import Testing
@testable import Progress

@Suite struct ReviewCardTests {
    @Test func cardsRoundTripIncludingNulls() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: "Ada")
        let fresh = StoredReviewCard(learner: ada.id, cardID: "production-ml/q01", state: 1, step: 0, due: 1_700_000_000)
        let reviewed = StoredReviewCard(
            learner: ada.id, cardID: "drift/q03", state: 2, step: nil, stability: 3.17, difficulty: 5.28,
            due: 1_700_500_000, lastReview: 1_700_000_000, reps: 4, lapses: 1)
        try store.saveCard(fresh)
        try store.saveCard(reviewed)
        #expect(try store.card(learner: ada.id, id: "production-ml/q01") == fresh)
        #expect(try store.card(learner: ada.id, id: "drift/q03") == reviewed)
        #expect(try store.card(learner: ada.id, id: "drift/q04") == nil)

        var updated = fresh
        updated.state = 3
        updated.lapses = 2
        try store.saveCard(updated)
        #expect(try store.card(learner: ada.id, id: "production-ml/q01") == updated)
    }

    @Test func dueCardsComeEarliestFirstThenById() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: "Ada")
        let grace = try store.createLearner(name: "Grace")
        for (id, due) in [("m/q3", 300), ("m/q1", 200), ("m/q2", 200), ("m/q4", 900), ("a/q1", 100)] {
            try store.saveCard(StoredReviewCard(learner: ada.id, cardID: id, state: 2, due: Int64(due)))
        }
        try store.saveCard(StoredReviewCard(learner: grace.id, cardID: "m/q0", state: 2, due: 0))
        #expect(try store.dueCards(learner: ada.id, at: 300).map(\.cardID) == ["a/q1", "m/q1", "m/q2", "m/q3"])
        #expect(try store.dueCards(learner: ada.id, at: 300, limit: 2).map(\.cardID) == ["a/q1", "m/q1"])
        #expect(try store.dueCards(learner: ada.id, at: 99).isEmpty)
    }

    @Test func refusesOutOfRangeCards() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: "Ada")
        let error = #expect(throws: ProgressError.self) {
            try store.saveCard(StoredReviewCard(learner: ada.id, cardID: "m/q1", state: 4, due: 0))
        }
        #expect(error?.message == "cannot save review card \"m/q1\": state 4 is not 1, 2 or 3")
        #expect(throws: ProgressError.self) {
            try store.saveCard(StoredReviewCard(learner: 42, cardID: "m/q1", state: 1, due: 0))
        }
        #expect(try store.card(learner: ada.id, id: "m/q1") == nil)
    }
}
