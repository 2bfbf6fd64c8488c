import Values

extension StoredEvent {
    /// The payload read as a value, within the store's bounds; an empty object when it is not JSON
    /// (the store refuses such payloads, but a report may carry anything).
    public var payloadValue: Value {
        (try? JSONReader(maximumBytes: NewEvent.maximumPayloadBytes, maximumDepth: 16).parse(payload)) ?? .object([])
    }
}
