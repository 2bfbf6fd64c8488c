/// A table of typed columns of equal length: the unit that pipelines read, split and train on.
///
/// Columns are stored column by column in contiguous arrays. A dataset is a value: every
/// operation returns a new dataset and never changes the one it was called on.
public struct Dataset: Sendable, Equatable {
    /// The most rows a dataset may hold.
    public static let maximumRowCount = 5_000_000
    /// The most columns a dataset may hold.
    public static let maximumColumnCount = 1_000

    /// The columns, in order.
    public let columns: [Column]
    /// The number of rows.
    public let rowCount: Int
    /// The content hash once worked out: a dataset never changes, and hashing a large one is
    /// not free (a pipeline hashes its data for each model trained on it and for the store).
    let contentHashMemo = ContentHashMemo()

    /// Creates a dataset, checking equal lengths, unique names and the size caps.
    public init(columns: [Column]) throws(ModelingError) {
        guard columns.count <= Self.maximumColumnCount else {
            throw ModelingError(
                .capExceeded, "a dataset has \(columns.count) columns; the cap is \(Self.maximumColumnCount) columns")
        }
        let rowCount = columns.first?.values.count ?? 0
        guard rowCount <= Self.maximumRowCount else {
            throw ModelingError(
                .capExceeded, "a dataset has \(rowCount) rows; the cap is \(Self.maximumRowCount) rows")
        }
        var seen = Set<String>()
        for column in columns {
            guard seen.insert(column.name).inserted else {
                throw ModelingError(.schemaMismatch, "column name '\(column.name)' appears more than once")
            }
            guard column.values.count == rowCount else {
                throw ModelingError(
                    .schemaMismatch,
                    "column '\(column.name)' has \(column.values.count) rows but column '\(columns[0].name)' has \(rowCount)")
            }
        }
        self.columns = columns
        self.rowCount = rowCount
    }

    /// Equal columns (names, roles, values) in the same order; the memo is not part of the value.
    public static func == (left: Dataset, right: Dataset) -> Bool {
        left.rowCount == right.rowCount && left.columns == right.columns
    }

    /// The schema: one entry per column, in order.
    public var schema: [ColumnSchema] { columns.map(\.schema) }

    /// The column called `name`, or an error naming it.
    public func column(named name: String) throws(ModelingError) -> Column {
        guard let column = columns.first(where: { $0.name == name }) else {
            throw ModelingError(.schemaMismatch, "no column named '\(name)'; the columns are \(columnList)")
        }
        return column
    }

    /// Returns a copy in which column `name` plays `role`.
    public func settingRole(_ role: ColumnRole, forColumn name: String) throws(ModelingError) -> Dataset {
        guard let index = columns.firstIndex(where: { $0.name == name }) else {
            throw ModelingError(.schemaMismatch, "no column named '\(name)'; the columns are \(columnList)")
        }
        var changed = columns
        changed[index].role = role
        return try Dataset(columns: changed)
    }

    var columnList: String { columns.map { "'\($0.name)'" }.joined(separator: ", ") }
}
