import Testing
@testable import Progress

@Suite struct LearnerTests {
    @Test func createsAndListsLearners() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: "  Ada Lovelace ", email: "ada@example.org")
        let grace = try store.createLearner(name: "Grace")
        #expect(ada.name == "Ada Lovelace")
        #expect(ada.email == "ada@example.org")
        #expect(ada.createdAt == 1_704_067_200_000)
        #expect(grace.email == nil)
        #expect(try store.learners() == [ada, grace])
        #expect(try store.learner(named: "grace") == grace)
    }

    @Test(arguments: [
        ("", "learner name \"\" is empty: use 1 to 80 characters without control characters"),
        ("   ", "learner name \"   \" is empty: use 1 to 80 characters without control characters"),
        (String(repeating: "é", count: 81), "learner name \"\(String(repeating: "é", count: 81))\" is 81 characters long: use 1 to 80 characters without control characters"),
        ("Ada\nLovelace", "learner name \"Ada\nLovelace\" contains a control character: use 1 to 80 characters without control characters"),
        ("Ada\u{7}", "learner name \"Ada\u{7}\" contains a control character: use 1 to 80 characters without control characters"),
    ])
    func refusesBadNames(name: String, message: String) throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let error = #expect(throws: ProgressError.self) { try store.createLearner(name: name) }
        #expect(error?.code == .invalidLearnerName)
        #expect(error?.message == message)
        #expect(try store.learners().isEmpty)
    }

    @Test func acceptsEightyCharactersAndUnicode() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let long = String(repeating: "ü", count: 80)
        #expect(try store.createLearner(name: long).name == long)
        #expect(try store.createLearner(name: "José 🚀").name == "José 🚀")
    }

    @Test(arguments: ["ada", "ada@", "@example.org", "ada@example", "ada@@example.org", "ada lovelace@example.org", "ada@.org", "ada@example."])
    func refusesBadEmails(email: String) throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let error = #expect(throws: ProgressError.self) { try store.createLearner(name: "Ada", email: email) }
        #expect(error?.code == .invalidEmail)
        #expect(error?.message == "email \"\(email)\" does not look like an address: use the form name@example.org, or leave it out")
    }

    @Test func acceptsLooseButPlausibleEmails() throws {
        #expect(try Learner.validatedEmail(" a.b+tag@sub.example.co.uk ") == "a.b+tag@sub.example.co.uk")
        #expect(try Learner.validatedEmail("x@y.z") == "x@y.z")
    }

    @Test func refusesDuplicateNamesIgnoringCase() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        try store.createLearner(name: "Ada")
        let error = #expect(throws: ProgressError.self) { try store.createLearner(name: "ADA") }
        #expect(error?.code == .duplicateLearner)
        #expect(error?.message == "a learner named \"ADA\" already exists: choose another name, or switch to that learner")
        #expect(try store.learners().count == 1)
    }

    @Test func currentLearnerIsRememberedInTheStore() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        #expect(try store.currentLearner() == nil)
        try store.createLearner(name: "Ada")
        let grace = try store.createLearner(name: "Grace")
        #expect(try store.useLearner(name: "grace") == grace)
        try store.close()

        let reopened = try makeStore(in: folder)
        #expect(try reopened.currentLearner() == grace)
        let error = #expect(throws: ProgressError.self) { try reopened.useLearner(name: "Linus") }
        #expect(error?.message == "no learner is named \"Linus\": list the learners, or create this one first")
        #expect(try reopened.currentLearner() == grace)
    }

    @Test func defaultLearnerIsCreatedOnFirstUseOnly() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let first = try store.currentLearner(creatingIfMissing: "ada")
        #expect(first.name == "ada")
        let second = try store.currentLearner(creatingIfMissing: "someone-else")
        #expect(second == first)
        #expect(try store.learners() == [first])
    }

    @Test func defaultLearnerAdoptsAnExistingNamesake() throws {
        let folder = try TemporaryFolder()
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: "Ada")
        #expect(try store.currentLearner(creatingIfMissing: "ada") == ada)
        #expect(try store.learners().count == 1)
    }
}
