/// A YAML node that remembers where it was written, for problems that point at the file.
///
/// Every scalar is text (specs are read without YAML's implicit typing); readers convert what they
/// expect and say so when they cannot.
indirect enum SpecNode: Sendable {
    case scalar(SpecScalar)
    case list([SpecNode], at: SpecLocation)
    case mapping(SpecMapping)

    /// Where the node starts.
    var location: SpecLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .list(_, let location): location
        case .mapping(let mapping): mapping.location
        }
    }

    /// An empty plain scalar, `~` or `null`: a key written without a value.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return scalar.text.isEmpty || scalar.text == "~" || scalar.text == "null"
    }

    /// What kind of node this is, for messages: the scalar's text in quotes, "a list" or "a mapping".
    var shown: String {
        switch self {
        case .scalar(let scalar): "'\(scalar.shortText)'"
        case .list: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// A scalar's text, position and quoting.
struct SpecScalar: Sendable {
    /// How the scalar was written.
    enum Style: Sendable {
        case plain
        case singleQuoted
        case doubleQuoted
        /// A `|` or `>` block.
        case block
    }

    let text: String
    let location: SpecLocation
    let style: Style

    /// Whether the text starts one column after `location` (behind an opening quote).
    var isQuoted: Bool { style == .singleQuoted || style == .doubleQuoted }

    /// The text, cut to 40 characters for messages.
    var shortText: String { text.count > 40 ? String(text.prefix(40)) + "…" : text }
}

/// A mapping's entries in the order written.
struct SpecMapping: Sendable {
    /// One key and its value.
    struct Entry: Sendable {
        let key: SpecScalar
        let value: SpecNode
    }

    let entries: [Entry]
    let location: SpecLocation

    /// The entry called `key` (YAML refuses duplicate keys before this is built).
    func entry(_ key: String) -> Entry? {
        entries.first { $0.key.text == key }
    }
}
