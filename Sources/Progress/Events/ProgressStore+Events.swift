import GRDB

extension ProgressStore {
    /// Appends an event to its learner's log in one transaction and returns it with its id and
    /// hash; once this returns, the event is committed.
    @discardableResult
    public func append(_ event: NewEvent) throws(ProgressError) -> StoredEvent {
        try event.validate()
        return try writing("append a \(event.kind) event") { db in
            try Self.append(db, event)
        }
    }

    /// A learner's events in append order, optionally only those of the given kinds, whose subject
    /// starts with `subjectPrefix`, and that happened at or after `since` (epoch milliseconds).
    public func events(
        learner: Int64, kinds: Set<EventKind>? = nil, subjectPrefix: String? = nil, since: Int64? = nil
    ) throws(ProgressError) -> [StoredEvent] {
        try reading("read the events of learner \(learner)") { db in
            try Self.events(db, learner: learner, kinds: kinds, subjectPrefix: subjectPrefix, since: since)
        }
    }

    /// Recomputes a learner's hash chain from the first event and returns the first place it
    /// breaks, or `nil` when every event checks out and none is missing at the end.
    public func verifyChain(learner: Int64) throws(ProgressError) -> ChainBreak? {
        try reading("verify the event log of learner \(learner)") { db in
            var previous = EventHash.genesis
            var lastID: Int64?
            let rows = try Row.fetchCursor(
                db, sql: "SELECT * FROM events WHERE learner_id = ? ORDER BY id", arguments: [learner])
            while let row = try rows.next() {
                let event = StoredEvent(row: row)
                let recomputed = EventHash.hash(previous: previous, event)
                if recomputed != event.hash {
                    return ChainBreak(
                        eventID: event.id, event: event,
                        reason: .hashMismatch(stored: event.hash, recomputed: recomputed))
                }
                previous = event.hash
                lastID = event.id
            }
            let head = try Row.fetchOne(
                db, sql: "SELECT event_id, hash FROM event_chain_heads WHERE learner_id = ?", arguments: [learner])
            if let head, head["event_id"] != lastID || head["hash"] != previous {
                return ChainBreak(eventID: head["event_id"], event: nil, reason: .missingNewestEvents(lastSeenID: lastID))
            }
            return nil
        }
    }

    // MARK: - Inside transactions

    static func append(_ db: Database, _ event: NewEvent) throws -> StoredEvent {
        let previous = try String.fetchOne(
            db, sql: "SELECT hash FROM event_chain_heads WHERE learner_id = ?", arguments: [event.learner])
        if previous == nil {
            try requireLearner(db, id: event.learner)
        }
        guard try Bool.fetchOne(db, sql: "SELECT json_valid(?)", arguments: [event.payload]) == true else {
            throw ProgressError.invalidEvent("the payload of a \(event.kind) event is not valid JSON")
        }
        let hash = EventHash.hash(previous: previous ?? EventHash.genesis, event)
        try db.execute(
            sql: "INSERT INTO events (learner_id, at, kind, subject, payload, hash) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [event.learner, event.at, event.kind.rawValue, event.subject, event.payload, hash])
        let id = db.lastInsertedRowID
        try db.execute(
            sql: """
                INSERT INTO event_chain_heads (learner_id, event_id, hash) VALUES (?, ?, ?)
                ON CONFLICT(learner_id) DO UPDATE SET event_id = excluded.event_id, hash = excluded.hash
                """,
            arguments: [event.learner, id, hash])
        return StoredEvent(
            id: id, learner: event.learner, at: event.at, kind: event.kind,
            subject: event.subject, payload: event.payload, hash: hash)
    }

    static func events(
        _ db: Database, learner: Int64, kinds: Set<EventKind>?, subjectPrefix: String?, since: Int64?
    ) throws -> [StoredEvent] {
        var sql = "SELECT * FROM events WHERE learner_id = ?"
        var arguments: StatementArguments = [learner]
        if let kinds {
            if kinds.isEmpty { return [] }
            sql += " AND kind IN (" + Array(repeating: "?", count: kinds.count).joined(separator: ", ") + ")"
            for kind in kinds.sorted(by: { $0.rawValue < $1.rawValue }) {
                _ = arguments.append(contentsOf: [kind.rawValue])
            }
        }
        if let subjectPrefix, !subjectPrefix.isEmpty {
            // substr compares characters, so no LIKE or GLOB wildcard in the prefix needs escaping.
            sql += " AND substr(subject, 1, length(?)) = ?"
            _ = arguments.append(contentsOf: [subjectPrefix, subjectPrefix])
        }
        if let since {
            sql += " AND at >= ?"
            _ = arguments.append(contentsOf: [since])
        }
        sql += " ORDER BY id"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map(StoredEvent.init(row:))
    }
}
