/// A column's values in one contiguous typed array.
public enum ColumnValues: Sendable, Equatable {
    /// Real numbers; NaN marks a missing value.
    case numeric([Double])
    /// Dictionary-encoded labels: `codes[i]` indexes `categories` (sorted ascending by UTF-8 bytes); −1 is missing.
    case categorical(codes: [Int32], categories: [String])
    /// true/false; nil is missing.
    case boolean([Bool?])
    /// Seconds since the Unix epoch; nil is missing.
    case timestamp([Int64?])

    /// The type of these values.
    public var type: ColumnType {
        switch self {
        case .numeric: .numeric
        case .categorical: .categorical
        case .boolean: .boolean
        case .timestamp: .timestamp
        }
    }

    /// How many rows the column has.
    public var count: Int {
        switch self {
        case .numeric(let values): values.count
        case .categorical(let codes, _): codes.count
        case .boolean(let values): values.count
        case .timestamp(let values): values.count
        }
    }

    /// Builds a categorical column from labels (nil is missing), sorting the category names.
    public static func categorical(labels: [String?]) -> ColumnValues {
        let names = Set(labels.compactMap { $0 }).sorted(by: utf8Ascending)
        var index: [String: Int32] = [:]
        for (position, name) in names.enumerated() { index[name] = Int32(position) }
        let codes = labels.map { label -> Int32 in label.flatMap { index[$0] } ?? -1 }
        return .categorical(codes: codes, categories: names)
    }

    /// The values at `rows`, in that order (indices must be valid).
    public func gathering(_ rows: [Int]) -> ColumnValues {
        switch self {
        case .numeric(let values): .numeric(rows.map { values[$0] })
        case .categorical(let codes, let categories): .categorical(codes: rows.map { codes[$0] }, categories: categories)
        case .boolean(let values): .boolean(rows.map { values[$0] })
        case .timestamp(let values): .timestamp(rows.map { values[$0] })
        }
    }
}

/// Orders strings by their UTF-8 bytes, so category order never depends on locale or Unicode normalisation.
func utf8Ascending(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
}

extension ColumnValues {
    /// Every value as a number: booleans as 0/1, categories as their code, timestamps as
    /// seconds; NaN where missing.
    public var numbers: [Double] { numericView(self) }

    /// The value at `row` as text, empty when missing: numbers through `number`, categories by
    /// name, booleans as `true`/`false`, timestamps as `YYYY-MM-DDTHH:MM:SSZ`.
    public func text(row: Int, number: (Double) -> String) -> String {
        switch self {
        case .numeric(let values): values[row].isNaN ? "" : number(values[row])
        case .categorical(let codes, let categories): codes[row] < 0 ? "" : categories[Int(codes[row])]
        case .boolean(let flags): flags[row].map { $0 ? "true" : "false" } ?? ""
        case .timestamp(let times): times[row].map(isoTimestamp) ?? ""
        }
    }
}
