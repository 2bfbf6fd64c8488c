/// A registered model: its versions, its aliases and every alias move.
public struct RegisteredModel: Sendable, Equatable {
    /// The model's name, e.g. `fraud-detector`.
    public var name: String
    /// Virtual creation time, milliseconds since the epoch.
    public var createdAt: Int64
    /// Versions in creation order (version n is at index n − 1).
    public var versions: [ModelVersion]
    /// Aliases and the version each points at.
    public var aliases: [String: Int]
    /// Tags by key.
    public var tags: [String: String]
    /// Every alias move, oldest first.
    public var audit: [AliasMove]

    /// Creates a model with no versions.
    public init(name: String, createdAt: Int64) {
        self.name = name
        self.createdAt = createdAt
        self.versions = []
        self.aliases = [:]
        self.tags = [:]
        self.audit = []
    }

    /// The version numbered `number`, if it exists.
    public func version(_ number: Int) -> ModelVersion? {
        versions.indices.contains(number - 1) ? versions[number - 1] : nil
    }

    /// The aliases that point at `number`, sorted.
    public func aliases(of number: Int) -> [String] {
        aliases.filter { $0.value == number }.map(\.key).sorted()
    }
}
