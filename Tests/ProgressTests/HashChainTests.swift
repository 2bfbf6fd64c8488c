import GRDB
import Testing
@testable import Progress

@Suite struct HashChainTests {
    /// A store with two learners whose events interleave, so each chain skips the other's rows.
    func storeWithEvents(_ folder: TemporaryFolder) throws -> (ProgressStore, Learner, [StoredEvent]) {
        let store = try makeStore(in: folder)
        let ada = try store.createLearner(name: "Ada")
        let grace = try store.createLearner(name: "Grace")
        var events: [StoredEvent] = []
        for index in 0..<5 {
            events.append(try store.append(NewEvent(
                learner: ada.id, at: Int64(index), kind: .labChecked, subject: "lab-\(index)", payload: #"{"passed":\#(index)}"#)))
            try store.append(NewEvent(learner: grace.id, at: Int64(index), kind: .lessonViewed, subject: "drift"))
        }
        return (store, ada, events)
    }

    @Test func hashesFollowTheDocumentedEncoding() throws {
        let folder = try TemporaryFolder()
        let (_, ada, events) = try storeWithEvents(folder)
        let expectedFirst = EventHash.hash(
            previous: String(repeating: "0", count: 64), learner: ada.id, at: 0, kind: .labChecked,
            subject: "lab-0", payload: #"{"passed":0}"#)
        #expect(events[0].hash == expectedFirst)
        #expect(events[1].hash == EventHash.hash(
            previous: events[0].hash, learner: ada.id, at: 1, kind: .labChecked, subject: "lab-1", payload: #"{"passed":1}"#))
        // SHA-256 of "0"×64 + "1:1" + "1:0" + "11:lab.checked" + "1:s" + "2:{}", computed with Python's hashlib.
        #expect(EventHash.hash(previous: EventHash.genesis, learner: 1, at: 0, kind: .labChecked, subject: "s", payload: "{}")
            == "3894fb38a3fc2a44e18260a1fb07bfd38c10d088f748755d78e911fe52ad367d")
    }

    @Test func intactChainVerifies() throws {
        let folder = try TemporaryFolder()
        let (store, ada, _) = try storeWithEvents(folder)
        #expect(try store.verifyChain(learner: ada.id) == nil)
        #expect(try store.verifyChain(learner: 99) == nil)
    }

    @Test func detectsAnEditedPayload() throws {
        let folder = try TemporaryFolder()
        let (store, ada, events) = try storeWithEvents(folder)
        try rawConnection(store.path).write { db in
            try db.execute(sql: "DROP TRIGGER events_are_append_only_update")
            try db.execute(sql: #"UPDATE events SET payload = '{"passed":99}' WHERE id = ?"#, arguments: [events[2].id])
        }
        let found = try store.verifyChain(learner: ada.id)
        #expect(found?.eventID == events[2].id)
        #expect(found?.event?.payload == #"{"passed":99}"#)
        #expect(found?.description == "event \(events[2].id) does not match its hash: it was edited, or an event before it was deleted or inserted")
    }

    @Test func detectsADeletedEvent() throws {
        let folder = try TemporaryFolder()
        let (store, ada, events) = try storeWithEvents(folder)
        try rawConnection(store.path).write { db in
            try db.execute(sql: "DROP TRIGGER events_are_append_only_delete")
            try db.execute(sql: "DELETE FROM events WHERE id = ?", arguments: [events[1].id])
        }
        let found = try store.verifyChain(learner: ada.id)
        #expect(found?.eventID == events[2].id)
        if case .hashMismatch = found?.reason {} else { Issue.record("expected a hash mismatch, got \(String(describing: found))") }
    }

    @Test func detectsDeletedNewestEvents() throws {
        let folder = try TemporaryFolder()
        let (store, ada, events) = try storeWithEvents(folder)
        try rawConnection(store.path).write { db in
            try db.execute(sql: "DROP TRIGGER events_are_append_only_delete")
            try db.execute(sql: "DELETE FROM events WHERE id = ?", arguments: [events[4].id])
        }
        let found = try store.verifyChain(learner: ada.id)
        #expect(found == ChainBreak(eventID: events[4].id, event: nil, reason: .missingNewestEvents(lastSeenID: events[3].id)))
        #expect(found?.description == "event \(events[4].id) is missing: the log ends at event \(events[3].id), so the newest events were deleted")
    }
}
