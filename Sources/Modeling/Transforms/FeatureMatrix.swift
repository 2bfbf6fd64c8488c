/// A dense row-major matrix of model inputs with a name per column.
public struct FeatureMatrix: Sendable, Equatable {
    /// Rows (examples).
    public let rowCount: Int
    /// Columns (features).
    public let columnCount: Int
    /// `values[row * columnCount + column]`.
    public let values: [Double]
    /// One name per column.
    public let names: [String]

    /// Creates a matrix; `values` must hold `rowCount × names.count` entries.
    public init(rowCount: Int, values: [Double], names: [String]) throws(ModelingError) {
        guard values.count == rowCount * names.count else {
            throw ModelingError(
                .schemaMismatch, "a \(rowCount) × \(names.count) matrix needs \(rowCount * names.count) values, got \(values.count)")
        }
        self.rowCount = rowCount
        self.columnCount = names.count
        self.values = values
        self.names = names
    }

    /// The value at `row`, `column`.
    public subscript(row: Int, column: Int) -> Double {
        values[row * columnCount + column]
    }

    /// One row as an array.
    public func row(_ index: Int) -> [Double] {
        Array(values[(index * columnCount)..<((index + 1) * columnCount)])
    }
}
