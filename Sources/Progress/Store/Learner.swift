import GRDB

/// A person who uses mlops-lab on this machine; every event and review card belongs to one.
public struct Learner: Sendable, Hashable, Codable, Identifiable {
    /// The learner's row id, stable for the life of the store.
    public let id: Int64
    /// The learner's unique name (compared without regard to ASCII case).
    public let name: String
    /// An optional contact address, shown on reports.
    public let email: String?
    /// When the learner was created, in milliseconds since 1970-01-01T00:00:00Z.
    public let createdAt: Int64

    /// Makes a learner value; the store makes these, tests may too.
    public init(id: Int64, name: String, email: String?, createdAt: Int64) {
        self.id = id
        self.name = name
        self.email = email
        self.createdAt = createdAt
    }

    /// The longest accepted name, in characters.
    public static let maximumNameLength = 80

    init(row: Row) {
        self.init(id: row["id"], name: row["name"], email: row["email"], createdAt: row["created_at"])
    }

    /// Returns `name` without surrounding spaces when it is 1–80 characters long and holds no
    /// control characters, or throws an error saying which rule it breaks.
    public static func validatedName(_ name: String) throws(ProgressError) -> String {
        let trimmed = name.trimmingSpaces()
        if trimmed.isEmpty {
            throw .invalidLearnerName(name, reason: "is empty")
        }
        if trimmed.count > maximumNameLength {
            throw .invalidLearnerName(name, reason: "is \(trimmed.count) characters long")
        }
        if trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .invalidLearnerName(name, reason: "contains a control character")
        }
        return trimmed
    }

    /// Returns `email` without surrounding spaces when it looks like an address, or throws.
    ///
    /// The check is deliberately loose — one `@`, something before it, a dot inside the part after
    /// it, no spaces or control characters, at most 254 characters — because the only way to know
    /// an address works is to write to it.
    public static func validatedEmail(_ email: String) throws(ProgressError) -> String {
        let trimmed = email.trimmingSpaces()
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard
            trimmed.count <= 254,
            parts.count == 2,
            let local = parts.first, let domain = parts.last,
            !local.isEmpty,
            domain.contains("."), domain.first != ".", domain.last != ".",
            !trimmed.unicodeScalars.contains(where: {
                $0.properties.isWhitespace || $0.properties.generalCategory == .control
            })
        else {
            throw .invalidEmail(email)
        }
        return trimmed
    }
}

extension String {
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
