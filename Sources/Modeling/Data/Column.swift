/// A named column: its schema entry and its values.
public struct Column: Sendable, Equatable {
    /// The column's name.
    public let name: String
    /// The part it plays in training.
    public var role: ColumnRole
    /// Its values.
    public let values: ColumnValues

    /// Creates a column; the role defaults to `.feature`.
    public init(name: String, role: ColumnRole = .feature, values: ColumnValues) {
        self.name = name
        self.role = role
        self.values = values
    }

    /// The column's schema entry.
    public var schema: ColumnSchema { ColumnSchema(name: name, type: values.type, role: role) }
}
