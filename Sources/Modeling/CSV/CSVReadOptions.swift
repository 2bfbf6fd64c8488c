/// How to read a CSV file: type overrides and size caps.
public struct CSVReadOptions: Sendable, Equatable {
    /// Default cap on one field: 1 MiB.
    public static let defaultMaximumFieldLength = 1 << 20
    /// Default cap on columns: 1,000 (the dataset cap).
    public static let defaultMaximumColumnCount = Dataset.maximumColumnCount
    /// Default cap on the file: 1 GiB.
    public static let defaultMaximumFileSize = 1 << 30

    /// Types to use instead of inference, by column name; every name must be a header column.
    public var typeOverrides: [String: ColumnType]
    /// The most bytes one field may have.
    public var maximumFieldLength: Int
    /// The most columns the header may have.
    public var maximumColumnCount: Int
    /// The most bytes the file may have.
    public var maximumFileSize: Int

    /// Creates options; the caps default to 1 MiB per field, 1,000 columns and 1 GiB per file.
    public init(
        typeOverrides: [String: ColumnType] = [:],
        maximumFieldLength: Int = defaultMaximumFieldLength,
        maximumColumnCount: Int = defaultMaximumColumnCount,
        maximumFileSize: Int = defaultMaximumFileSize
    ) {
        self.typeOverrides = typeOverrides
        self.maximumFieldLength = maximumFieldLength
        self.maximumColumnCount = maximumColumnCount
        self.maximumFileSize = maximumFileSize
    }
}
