import Testing
@testable import Progress

@Suite struct MasteryTests {
    // Expected values computed by hand with d = 2^(-1/5) = 0.870550563296…, weights d^k for the
    // answer k places before the newest.
    @Test func formulaMatchesHandComputedValues() {
        #expect(MasteryFormula.mastery(of: []) == nil)
        #expect(MasteryFormula.mastery(of: [0.8]) == 0.8)
        // [0, 1]: 1 / (1 + d)
        #expect(abs((MasteryFormula.mastery(of: [0, 1]) ?? -1) - 0.5346019613807635) < 1e-12)
        // [1, 1, 1, 1, 1, 0]: (d + d² + … + d⁵) / (1 + d + … + d⁵)
        #expect(abs((MasteryFormula.mastery(of: [1, 1, 1, 1, 1, 0]) ?? -1) - 0.7707742684229335) < 1e-12)
        // [0.5, 1, 0]: (0.5·d² + d) / (d² + d + 1)
        #expect(abs((MasteryFormula.mastery(of: [0.5, 1, 0]) ?? -1) - 0.47537494273888864) < 1e-12)
        // An answer 5 places back weighs exactly half the newest.
        #expect(abs(MasteryFormula.decay * MasteryFormula.decay * MasteryFormula.decay * MasteryFormula.decay * MasteryFormula.decay - 0.5) < 1e-15)
    }

    func answer(_ question: String, _ objective: String, _ fraction: Double) -> QuestionAnswer {
        QuestionAnswer(question: question, objective: objective, response: "r", fraction: fraction, correct: fraction == 1, seconds: 3)
    }

    @Test func masteryIsPerObjectiveFromTheLog() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: "Ada")
        let grace = try store.createLearner(name: "Grace")
        let answers = [
            answer("drift/q01", "drift/o1", 0.5), answer("production-ml/q01", "production-ml/o1", 1),
            answer("drift/q02", "drift/o1", 1), answer("drift/q03", "drift/o1", 0),
        ]
        for (index, item) in answers.enumerated() {
            try store.append(.questionAnswered(learner: ada.id, at: Int64(index), answer: item))
        }
        try store.append(.questionAnswered(learner: grace.id, at: 9, answer: answer("drift/q01", "drift/o1", 1)))

        let mastery = try store.mastery(learner: ada.id)
        #expect(mastery.map(\.objective) == ["drift/o1", "production-ml/o1"])
        #expect(mastery.map(\.answers) == [3, 1])
        #expect(abs(mastery[0].mastery - 0.47537494273888864) < 1e-12)
        #expect(mastery[1].mastery == 1)
        #expect(try store.mastery(learner: grace.id) == [ObjectiveMastery(objective: "drift/o1", mastery: 1, answers: 1)])
    }

    @Test func answersAndLessonsAreReadPerModule() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: "Ada")
        try store.append(.questionAnswered(learner: ada.id, at: 1, answer: answer("drift/q01", "drift/o1", 1)))
        try store.append(.questionAnswered(learner: ada.id, at: 2, answer: answer("drift-advanced/q01", "drift-advanced/o1", 1)))
        try store.append(NewEvent(learner: ada.id, at: 3, kind: .lessonCompleted, subject: "drift"))
        try store.append(NewEvent(learner: ada.id, at: 4, kind: .lessonViewed, subject: "serving"))
        try store.append(NewEvent(learner: ada.id, at: 5, kind: .lessonCompleted, subject: "drift"))

        #expect(try store.answers(learner: ada.id, module: "drift").map(\.answer.question) == ["drift/q01"])
        #expect(try store.answers(learner: ada.id).count == 2)
        #expect(try store.answers(learner: ada.id, module: "drift").map(\.at) == [1])
        #expect(try store.lessonsCompleted(learner: ada.id) == ["drift"])
    }
}
