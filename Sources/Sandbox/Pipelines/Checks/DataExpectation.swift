import Modeling

/// What one column of a dataset is expected to look like, as TFDV's schema constraints: its type,
/// a numeric range, a bound on missing values, the categories it may hold, uniqueness.
public struct DataExpectation: Sendable, Equatable {
    /// The column the expectation is about.
    public var column: String
    /// The type the column must have.
    public var type: ColumnType?
    /// No non-missing value may be below this (numeric and timestamp columns).
    public var minimum: Double?
    /// No non-missing value may be above this (numeric and timestamp columns).
    public var maximum: Double?
    /// The largest allowed share of missing values, 0…1.
    public var maximumNullRate: Double?
    /// The only categories allowed (categorical columns; `true`/`false` for boolean ones).
    public var allowed: [String]?
    /// Whether every non-missing value must differ from every other.
    public var unique: Bool

    /// Creates an expectation.
    public init(
        column: String, type: ColumnType? = nil, minimum: Double? = nil, maximum: Double? = nil,
        maximumNullRate: Double? = nil, allowed: [String]? = nil, unique: Bool = false
    ) {
        self.column = column
        self.type = type
        self.minimum = minimum
        self.maximum = maximum
        self.maximumNullRate = maximumNullRate
        self.allowed = allowed
        self.unique = unique
    }

    /// The keys of an expectation as the spec loader reads them.
    public static let argumentFields: [StepArgument] = [
        StepArgument("column", .text(.any), .required),
        StepArgument("type", .choice(ColumnType.allCases.map(\.rawValue)), .optional),
        StepArgument("min", .number(.any), .optional),
        StepArgument("max", .number(.any), .optional),
        StepArgument("max_null_rate", .number(.unitInterval), .optional),
        StepArgument("allowed", .list(of: .text(.any), count: 1...SpecLimits.maximumListItems), .optional),
        StepArgument("unique", .bool, .optional),
    ]

    /// An expectation as a record of the spec (one item of `expectations:`).
    public static let argumentRecord = ArgumentRecord(fields: argumentFields, rules: [.ordered("min", "max")])

    /// Reads an expectation from a resolved spec's argument (keys as in `argumentFields`; others are ignored).
    public init(argument: ArgumentValue) throws(CheckArgumentError) {
        let arguments = try CheckArguments(argument, what: "an expectation")
        self.init(
            column: try arguments.requiredText("column"), type: try arguments.choice("type", as: ColumnType.self),
            minimum: try arguments.number("min"), maximum: try arguments.number("max"),
            maximumNullRate: try arguments.number("max_null_rate"), allowed: try arguments.textList("allowed"),
            unique: try arguments.bool("unique") ?? false)
    }
}

/// How many rows a dataset must have.
public struct RowCountExpectation: Sendable, Equatable {
    /// The fewest rows allowed.
    public var minimum: Int?
    /// The most rows allowed.
    public var maximum: Int?

    /// Creates a row-count expectation.
    public init(minimum: Int? = nil, maximum: Int? = nil) {
        self.minimum = minimum
        self.maximum = maximum
    }
}
