import GRDB

/// What ``ProgressStore/importEvents(_:into:)`` did.
public struct ImportOutcome: Sendable, Hashable {
    /// Events appended to the learner's log.
    public let added: Int
    /// Events the log already had (same time, kind, subject and payload).
    public let present: Int
}

extension ProgressStore {
    /// Appends to `learner`'s log, in one transaction, every event of `events` the log does not
    /// already hold: an event is the same when its time, kind, subject and payload are, so importing
    /// the same events twice, or events that came from this store, changes nothing. The events get
    /// new ids and hashes in this store's chain; their order is kept.
    public func importEvents(_ events: [StoredEvent], into learner: Int64) throws(ProgressError) -> ImportOutcome {
        let incoming = events.map { NewEvent(learner: learner, at: $0.at, kind: $0.kind, subject: $0.subject, payload: $0.payload) }
        for event in incoming { try event.validate() }
        return try writing("import events") { db in
            try Self.requireLearner(db, id: learner)
            var known = Set<String>()
            let rows = try Row.fetchCursor(db, sql: "SELECT at, kind, subject, payload FROM events WHERE learner_id = ?", arguments: [learner])
            while let row = try rows.next() {
                known.insert(Self.contentKey(at: row[0], kind: row[1], subject: row[2], payload: row[3]))
            }
            var added = 0
            for event in incoming {
                let key = Self.contentKey(at: event.at, kind: event.kind.rawValue, subject: event.subject, payload: event.payload)
                guard known.insert(key).inserted else { continue }
                _ = try Self.append(db, event)
                added += 1
            }
            return ImportOutcome(added: added, present: incoming.count - added)
        }
    }

    private static func contentKey(at: Int64, kind: String, subject: String, payload: String) -> String {
        "\(at)\u{0}\(kind)\u{0}\(subject.utf8.count):\(subject)\u{0}\(payload)"
    }
}
