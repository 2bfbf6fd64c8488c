import Crypto

/// The hash that chains each learner's events, so an edited, inserted or deleted event shows.
///
/// `hash = lowercase hex of SHA-256(previous ‖ canonical)` where `previous` is the 64 hex
/// characters of the learner's previous event's hash (``genesis``, 64 zeros, for the first), and
/// `canonical` is the learner id, `at`, kind, subject and payload, in that order, each written as
/// its UTF-8 byte count in decimal, a colon, then its UTF-8 bytes (the learner id and `at` in
/// decimal). The length prefixes make the encoding unambiguous without escaping.
public enum EventHash {
    /// The `previous` hash of a learner's first event.
    public static let genesis = String(repeating: "0", count: 64)

    /// The hash of an event with these fields following an event whose hash is `previous`.
    public static func hash(
        previous: String, learner: Int64, at: Int64, kind: EventKind, subject: String, payload: String
    ) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(96 + kind.rawValue.utf8.count + subject.utf8.count + payload.utf8.count)
        bytes.append(contentsOf: previous.utf8)
        for field in [String(learner), String(at), kind.rawValue, subject, payload] {
            bytes.append(contentsOf: String(field.utf8.count).utf8)
            bytes.append(UInt8(ascii: ":"))
            bytes.append(contentsOf: field.utf8)
        }
        return hex(SHA256.hash(data: bytes))
    }

    static func hash(previous: String, _ event: NewEvent) -> String {
        hash(previous: previous, learner: event.learner, at: event.at, kind: event.kind, subject: event.subject, payload: event.payload)
    }

    static func hash(previous: String, _ event: StoredEvent) -> String {
        hash(previous: previous, learner: event.learner, at: event.at, kind: event.kind, subject: event.subject, payload: event.payload)
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex(_ digest: SHA256.Digest) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
