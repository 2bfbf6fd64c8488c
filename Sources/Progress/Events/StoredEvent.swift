import GRDB

/// An event as recorded in the log, with its id and its link in the learner's hash chain.
public struct StoredEvent: Sendable, Hashable, Identifiable {
    /// The event's id: increasing in append order and never reused.
    public let id: Int64
    /// The learner the event belongs to.
    public let learner: Int64
    /// When it happened, in milliseconds since 1970-01-01T00:00:00Z.
    public let at: Int64
    /// What happened.
    public let kind: EventKind
    /// What it happened to.
    public let subject: String
    /// The JSON payload, as appended.
    public let payload: String
    /// SHA-256 (lowercase hex) chaining this event to the learner's previous one; see ``EventHash``.
    public let hash: String

    /// Makes a stored event value; the store makes these, tests may too.
    public init(id: Int64, learner: Int64, at: Int64, kind: EventKind, subject: String, payload: String, hash: String) {
        self.id = id
        self.learner = learner
        self.at = at
        self.kind = kind
        self.subject = subject
        self.payload = payload
        self.hash = hash
    }

    init(row: Row) {
        self.init(
            id: row["id"], learner: row["learner_id"], at: row["at"],
            kind: EventKind(rawValue: row["kind"]), subject: row["subject"],
            payload: row["payload"], hash: row["hash"])
    }
}
