/// The kind of values a column holds.
public enum ColumnType: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    /// Real numbers; a missing value is NaN.
    case numeric
    /// Labels from a finite set, stored as codes into sorted category names; missing is code −1.
    case categorical
    /// true or false; missing is nil.
    case boolean
    /// Seconds since 1970-01-01T00:00:00Z; missing is nil.
    case timestamp
}

/// What part a column plays when a model is trained.
public enum ColumnRole: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    /// An input the model learns from.
    case feature
    /// The value the model learns to predict.
    case target
    /// A row identifier, never used as an input.
    case id
    /// The time a row was observed, used for ordering and splitting, never as an input.
    case timestamp
}

/// One column's name, type and role.
public struct ColumnSchema: Sendable, Equatable, Hashable {
    /// The column's name, unique within a dataset.
    public let name: String
    /// The kind of values it holds.
    public let type: ColumnType
    /// The part it plays in training.
    public let role: ColumnRole

    /// Creates a schema entry.
    public init(name: String, type: ColumnType, role: ColumnRole) {
        self.name = name
        self.type = type
        self.role = role
    }
}
