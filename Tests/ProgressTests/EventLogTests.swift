import Testing
@testable import Progress

@Suite struct EventLogTests {
    @Test func appendReturnsWhatWasStoredInOrder() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: "Ada")
        let first = try store.append(NewEvent(learner: ada.id, at: 1_000, kind: .lessonViewed, subject: "production-ml"))
        let second = try store.append(NewEvent(
            learner: ada.id, at: 2_000, kind: .labChecked, subject: "canary-rollout", payload: #"{"passed":2,"failed":1}"#))
        #expect(first.id < second.id)
        #expect(first.payload == "{}")
        #expect(first.hash.count == 64)
        #expect(try store.events(learner: ada.id) == [first, second])
    }

    @Test func filtersByKindSubjectPrefixAndTime() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: "Ada")
        let grace = try store.createLearner(name: "Grace")
        try store.append(NewEvent(learner: ada.id, at: 100, kind: .lessonViewed, subject: "production-ml"))
        try store.append(NewEvent(learner: ada.id, at: 200, kind: .lessonCompleted, subject: "production-ml"))
        try store.append(NewEvent(learner: ada.id, at: 300, kind: .lessonViewed, subject: "drift"))
        try store.append(NewEvent(learner: ada.id, at: 400, kind: .labStarted, subject: "production_ml"))
        try store.append(NewEvent(learner: grace.id, at: 500, kind: .lessonViewed, subject: "production-ml"))

        #expect(try store.events(learner: ada.id).map(\.at) == [100, 200, 300, 400])
        #expect(try store.events(learner: ada.id, kinds: [.lessonViewed]).map(\.at) == [100, 300])
        #expect(try store.events(learner: ada.id, kinds: [.lessonViewed, .lessonCompleted]).map(\.at) == [100, 200, 300])
        #expect(try store.events(learner: ada.id, kinds: []).isEmpty)
        // `_` is a LIKE wildcard; the prefix must match it literally.
        #expect(try store.events(learner: ada.id, subjectPrefix: "production-").map(\.at) == [100, 200])
        #expect(try store.events(learner: ada.id, subjectPrefix: "production_").map(\.at) == [400])
        #expect(try store.events(learner: ada.id, since: 300).map(\.at) == [300, 400])
        #expect(try store.events(learner: ada.id, kinds: [.lessonViewed], subjectPrefix: "prod", since: 50).map(\.at) == [100])
        #expect(try store.events(learner: grace.id).map(\.at) == [500])
    }

    @Test func refusesEventsOutsideTheLimits() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: "Ada")

        let big = "\"" + String(repeating: "x", count: 64 * 1024 - 1) + "\""
        let tooBig = #expect(throws: ProgressError.self) {
            try store.append(NewEvent(learner: ada.id, at: 1, kind: .labChecked, subject: "lab", payload: big))
        }
        #expect(tooBig?.message == "cannot record the event: the payload of a lab.checked event is 65537 bytes, over the limit of 65536 (64 KiB); store large data in a file and record its name")

        let notJSON = #expect(throws: ProgressError.self) {
            try store.append(NewEvent(learner: ada.id, at: 1, kind: .labChecked, subject: "lab", payload: "{passed: 1"))
        }
        #expect(notJSON?.message == "cannot record the event: the payload of a lab.checked event is not valid JSON")

        let badKind = #expect(throws: ProgressError.self) {
            try store.append(NewEvent(learner: ada.id, at: 1, kind: "Lab Checked", subject: "lab"))
        }
        #expect(badKind?.code == .invalidEvent)

        let nobody = #expect(throws: ProgressError.self) {
            try store.append(NewEvent(learner: 99, at: 1, kind: .labChecked, subject: "lab"))
        }
        #expect(nobody?.message == "no learner has id 99 in this progress store: pick a learner from the list of learners")
        #expect(try store.events(learner: ada.id).isEmpty)

        let justFits = "\"" + String(repeating: "x", count: 64 * 1024 - 2) + "\""
        #expect(try store.append(NewEvent(learner: ada.id, at: 1, kind: .labChecked, subject: "lab", payload: justFits)).payload.utf8.count == 65536)
    }

    @Test func storeRefusesToRewriteEvents() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: "Ada")
        try store.append(NewEvent(learner: ada.id, at: 1, kind: .lessonViewed, subject: "drift"))
        let raw = try rawConnection(store.path)
        #expect(throws: (any Error).self) { try raw.write { db in try db.execute(sql: "UPDATE events SET subject = 'x'") } }
        #expect(throws: (any Error).self) { try raw.write { db in try db.execute(sql: "DELETE FROM events") } }
        #expect(try store.events(learner: ada.id).map(\.subject) == ["drift"])
    }

    @Test func questionAnswerRoundTripsThroughThePayload() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: "Ada")
        let answer = QuestionAnswer(
            question: "production-ml/q01", objective: "production-ml/o2", response: "B, \"then\" C",
            fraction: 0.5, correct: false, seconds: 41.5)
        let stored = try store.append(.questionAnswered(learner: ada.id, at: 7, answer: answer))
        #expect(stored.subject == "production-ml/q01")
        #expect(stored.payload == #"{"correct":false,"fraction":0.5,"objective":"production-ml/o2","question":"production-ml/q01","response":"B, \"then\" C","seconds":41.5}"#)
        #expect(try stored.questionAnswer() == answer)
        #expect(try store.answers(learner: ada.id, module: "production-ml").map(\.answer) == [answer])

        let other = try store.append(NewEvent(learner: ada.id, at: 8, kind: .lessonViewed, subject: "x"))
        #expect(try other.questionAnswer() == nil)
        let outOfRange = #expect(throws: ProgressError.self) {
            try NewEvent.questionAnswered(learner: ada.id, at: 9, answer: QuestionAnswer(
                question: "m/q", objective: "m/o", response: "", fraction: 1.5, correct: true, seconds: 1))
        }
        #expect(outOfRange?.message == "cannot record the event: the answer to m/q has fraction 1.5, outside 0 to 1")
    }
}
