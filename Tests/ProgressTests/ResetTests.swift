import Testing
@testable import Progress

@Suite struct ResetTests {
    func answer(_ question: String, _ fraction: Double) -> QuestionAnswer {
        let module = String(question.prefix { $0 != "/" })
        return QuestionAnswer(question: question, objective: module + "/o1", response: "r", fraction: fraction, correct: fraction == 1, seconds: 2)
    }

    /// Ada has finished `drift` and `serving`, answered a question in each, holds a card in each
    /// and passed a lab.
    func storeWithProgress(_ folder: TemporaryFolder) throws -> (ProgressStore, Learner) {
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: "Ada")
        for module in ["drift", "serving"] {
            try store.append(NewEvent(learner: ada.id, at: 1, kind: .lessonCompleted, subject: module))
            try store.append(.questionAnswered(learner: ada.id, at: 2, answer: answer(module + "/q01", 1)))
            try store.saveCard(StoredReviewCard(learner: ada.id, cardID: module + "/q01", state: 2, due: 10))
        }
        try store.append(NewEvent(learner: ada.id, at: 3, kind: .labPassed, subject: "canary-rollout"))
        return (store, ada)
    }

    @Test func moduleResetClearsThatModuleOnlyAndKeepsHistory() throws {
        let folder = try TemporaryFolder()
        let (store, ada) = try storeWithProgress(folder)
        let before = try store.events(learner: ada.id)

        let outcome = try store.reset(learner: ada.id, scope: .module("drift"), at: 50)
        #expect(outcome.cardsDeleted == 1)
        #expect(outcome.event.kind == .progressReset)
        #expect(outcome.event.subject == "drift")
        #expect(outcome.event.payload == #"{"id":"drift","scope":"module"}"#)

        #expect(try store.lessonsCompleted(learner: ada.id) == ["serving"])
        #expect(try store.answers(learner: ada.id).map(\.answer.question) == ["serving/q01"])
        #expect(try store.mastery(learner: ada.id).map(\.objective) == ["serving/o1"])
        #expect(try store.card(learner: ada.id, id: "drift/q01") == nil)
        #expect(try store.card(learner: ada.id, id: "serving/q01") != nil)
        #expect(try store.labsPassed(learner: ada.id) == ["canary-rollout"])
        // History is kept, one reset event appended, and the chain still verifies.
        #expect(try store.events(learner: ada.id) == before + [outcome.event])
        #expect(try store.verifyChain(learner: ada.id) == nil)

        // Progress made after the reset counts again.
        try store.append(.questionAnswered(learner: ada.id, at: 60, answer: answer("drift/q02", 0.5)))
        #expect(try store.answers(learner: ada.id, module: "drift").map(\.answer.fraction) == [0.5])
    }

    @Test func labResetClearsThatLab() throws {
        let folder = try TemporaryFolder()
        let (store, ada) = try storeWithProgress(folder)
        let outcome = try store.reset(learner: ada.id, scope: .lab("canary-rollout"), at: 50)
        #expect(outcome.cardsDeleted == 0)
        #expect(try store.labsPassed(learner: ada.id).isEmpty)
        #expect(try store.lessonsCompleted(learner: ada.id) == ["drift", "serving"])
    }

    @Test func resetAllClearsEverythingOfThatLearnerOnly() throws {
        let folder = try TemporaryFolder()
        let (store, ada) = try storeWithProgress(folder)
        let grace = try store.createLearner(name: "Grace")
        try store.append(NewEvent(learner: grace.id, at: 1, kind: .lessonCompleted, subject: "drift"))

        let outcome = try store.reset(learner: ada.id, scope: .all, at: 50)
        #expect(outcome.cardsDeleted == 2)
        #expect(outcome.event.payload == #"{"id":"","scope":"all"}"#)
        #expect(try store.lessonsCompleted(learner: ada.id).isEmpty)
        #expect(try store.answers(learner: ada.id).isEmpty)
        #expect(try store.mastery(learner: ada.id).isEmpty)
        #expect(try store.labsPassed(learner: ada.id).isEmpty)
        #expect(try store.dueCards(learner: ada.id, at: 1_000).isEmpty)
        #expect(try store.lessonsCompleted(learner: grace.id) == ["drift"])
    }
}
