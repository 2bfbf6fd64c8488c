/// One version of a registered model, created from a run's model artifact.
public struct ModelVersion: Sendable, Equatable {
    /// The version number, from 1.
    public var version: Int
    /// The run that produced it.
    public var runID: String
    /// The model artifact's content hash.
    public var modelHash: String
    /// The artifact's path within the run.
    public var source: String
    /// Virtual creation time, milliseconds since the epoch.
    public var createdAt: Int64
    /// Tags by key.
    public var tags: [String: String]

    /// Creates a version.
    public init(version: Int, runID: String, modelHash: String, source: String, createdAt: Int64, tags: [String: String] = [:]) {
        self.version = version
        self.runID = runID
        self.modelHash = modelHash
        self.source = source
        self.createdAt = createdAt
        self.tags = tags
    }
}

/// One move of an alias, kept forever: the registry's audit trail.
public struct AliasMove: Sendable, Equatable {
    /// The alias, e.g. `champion`.
    public var alias: String
    /// The version it pointed at before, if any.
    public var from: Int?
    /// The version it points at after, or nil when it was removed.
    public var to: Int?
    /// Virtual time, milliseconds since the epoch.
    public var at: Int64
    /// Who moved it: a command, a pipeline run or a policy.
    public var by: String

    /// Creates an audit entry.
    public init(alias: String, from: Int?, to: Int?, at: Int64, by: String) {
        self.alias = alias
        self.from = from
        self.to = to
        self.at = at
        self.by = by
    }
}
