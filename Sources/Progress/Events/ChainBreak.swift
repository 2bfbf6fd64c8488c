/// The first place where a learner's hash chain does not check out.
public struct ChainBreak: Sendable, Hashable, CustomStringConvertible {
    /// Why the chain is broken.
    public enum Reason: Sendable, Hashable {
        /// The event's stored hash differs from the one recomputed from its fields and the
        /// previous event's hash: this event was edited, or one before it was deleted or inserted.
        case hashMismatch(stored: String, recomputed: String)
        /// The log ends before the newest event the store recorded: events at its end were deleted.
        case missingNewestEvents(lastSeenID: Int64?)
    }

    /// The first event that fails, or for ``Reason/missingNewestEvents(lastSeenID:)`` the id of the
    /// newest event the store recorded.
    public let eventID: Int64
    /// The failing event as found in the log; `nil` when it is missing.
    public let event: StoredEvent?
    /// Why the chain is broken.
    public let reason: Reason

    /// Makes a chain break value.
    public init(eventID: Int64, event: StoredEvent?, reason: Reason) {
        self.eventID = eventID
        self.event = event
        self.reason = reason
    }

    /// A sentence naming the event and what is wrong with it.
    public var description: String {
        switch reason {
        case .hashMismatch:
            return "event \(eventID) does not match its hash: it was edited, or an event before it was deleted or inserted"
        case .missingNewestEvents(let lastSeenID):
            let seen = lastSeenID.map { "the log ends at event \($0)" } ?? "the log is empty"
            return "event \(eventID) is missing: \(seen), so the newest events were deleted"
        }
    }
}
