/// An event to append to a learner's log.
public struct NewEvent: Sendable, Hashable {
    /// The learner the event belongs to.
    public var learner: Int64
    /// When it happened, in milliseconds since 1970-01-01T00:00:00Z (from the caller's clock).
    public var at: Int64
    /// What happened.
    public var kind: EventKind
    /// What it happened to: a module id, a question key (`module/question`), a lab id, an exam id.
    public var subject: String
    /// A JSON document the store keeps as given: at most ``maximumPayloadBytes`` bytes of UTF-8.
    public var payload: String

    /// The largest accepted payload: 64 KiB of UTF-8.
    public static let maximumPayloadBytes = 64 * 1024
    /// The longest accepted subject, in UTF-8 bytes.
    public static let maximumSubjectBytes = 512

    /// Makes an event; `payload` defaults to an empty JSON object.
    public init(learner: Int64, at: Int64, kind: EventKind, subject: String, payload: String = "{}") {
        self.learner = learner
        self.at = at
        self.kind = kind
        self.subject = subject
        self.payload = payload
    }

    /// Throws when the kind, subject or payload breaks the store's limits; whether the payload is
    /// JSON is checked by SQLite inside the append transaction.
    func validate() throws(ProgressError) {
        if !kind.isWellFormed {
            throw .invalidEvent("kind \"\(kind)\" is not 1-64 lowercase letters, digits, '.' or '-'")
        }
        if subject.utf8.count > Self.maximumSubjectBytes {
            throw .invalidEvent("the subject of a \(kind) event is \(subject.utf8.count) bytes, over the limit of \(Self.maximumSubjectBytes)")
        }
        if subject.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .invalidEvent("the subject of a \(kind) event contains a control character")
        }
        if payload.utf8.count > Self.maximumPayloadBytes {
            throw .invalidEvent("the payload of a \(kind) event is \(payload.utf8.count) bytes, over the limit of \(Self.maximumPayloadBytes) (64 KiB); store large data in a file and record its name")
        }
    }
}
