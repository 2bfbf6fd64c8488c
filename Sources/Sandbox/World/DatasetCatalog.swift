/// Where a named dataset came from.
public enum DatasetOrigin: Sendable, Equatable {
    /// Drawn by a use-case generator over `days` ending at `end` (seconds since the epoch).
    case generated(scenario: String, days: Int, end: Int64)
    /// Read from a CSV file whose bytes hash to `fileHash`.
    case imported(file: String, fileHash: String)
    /// Written by a pipeline run's step output.
    case pipeline(runID: String, step: String, output: String)
}

/// A dataset under a name the learner chose: the catalog entry points at the content by hash.
public struct DatasetEntry: Sendable, Equatable {
    /// The name, e.g. `transactions`.
    public var name: String
    /// The content hash: the dataset's version id.
    public var hash: String
    /// Virtual time it was created, seconds since the epoch.
    public var createdAt: Int64
    /// Where it came from.
    public var origin: DatasetOrigin
    /// Content hashes of the datasets it was derived from.
    public var parents: [String]

    /// Creates an entry.
    public init(name: String, hash: String, createdAt: Int64, origin: DatasetOrigin, parents: [String] = []) {
        self.name = name
        self.hash = hash
        self.createdAt = createdAt
        self.origin = origin
        self.parents = parents
    }
}

/// The sandbox's named datasets. Naming a dataset again makes a new version; earlier versions
/// stay in the catalog's history so lineage can still name them.
public struct DatasetCatalog: Sendable, Equatable {
    /// The most names a sandbox holds.
    public static let maximumNames = 200

    /// Every entry ever made, oldest first.
    public private(set) var history: [DatasetEntry] = []

    /// Creates an empty catalog.
    public init() {}

    /// The current entry of each name, sorted by name.
    public var current: [DatasetEntry] {
        var latest: [String: DatasetEntry] = [:]
        for entry in history { latest[entry.name] = entry }
        return latest.values.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// The current entry called `name`.
    public func entry(_ name: String) throws(SandboxError) -> DatasetEntry {
        guard let entry = history.last(where: { $0.name == name }) else {
            let names = current.map(\.name)
            throw SandboxError(
                "no dataset '\(name)'",
                hint: names.isEmpty ? "make one with 'data generate fraud --days 30' or 'data import FILE --name N'" : "datasets: \(names.joined(separator: ", "))")
        }
        return entry
    }

    /// The earliest entry whose content is `hash`, if any.
    public func entry(hash: String) -> DatasetEntry? {
        history.first { $0.hash == hash }
    }

    /// Records `entry` as the current version of its name.
    public mutating func add(_ entry: DatasetEntry) throws(SandboxError) {
        try ModelRegistry.checkName(entry.name, what: "dataset name")
        let known = Set(history.map(\.name))
        guard known.contains(entry.name) || known.count < Self.maximumNames else {
            throw SandboxError("the sandbox holds \(Self.maximumNames) dataset names, the most it keeps")
        }
        history.append(entry)
    }
}
