import Modeling

/// The checks of a `validate` step: a row count and expectations per column.
public struct DataValidation: Sendable, Equatable {
    /// How many rows the data must have, if that is checked.
    public var rows: RowCountExpectation?
    /// The column expectations, in the order written.
    public var expectations: [DataExpectation]

    /// Creates a validation.
    public init(rows: RowCountExpectation? = nil, expectations: [DataExpectation] = []) {
        self.rows = rows
        self.expectations = expectations
    }

    /// Reads `rows` and `expectations` from a resolved validate step's arguments.
    public init(arguments: [String: ArgumentValue]) throws(CheckArgumentError) {
        var rows: RowCountExpectation?
        if let value = arguments["rows"] {
            let record = try CheckArguments(value, what: "'rows'")
            rows = RowCountExpectation(minimum: try record.integer("min"), maximum: try record.integer("max"))
        }
        var expectations: [DataExpectation] = []
        switch arguments["expectations"] {
        case nil: break
        case .list(let items)?:
            for item in items { expectations.append(try DataExpectation(argument: item)) }
        case .some:
            throw CheckArgumentError("'expectations' must be a list")
        }
        self.init(rows: rows, expectations: expectations)
    }

    /// Checks `dataset`: the row count first, then each expectation in order.
    public func validate(_ dataset: Dataset) -> ValidationReport {
        var anomalies: [DataAnomaly] = []
        let count = dataset.rowCount
        if let minimum = rows?.minimum, count < minimum {
            anomalies.append(DataAnomaly(
                column: nil, kind: .tooFewRows, description: "rows: \(count) rows, below min \(minimum)", measured: Double(count)))
        }
        if let maximum = rows?.maximum, count > maximum {
            anomalies.append(DataAnomaly(
                column: nil, kind: .tooManyRows, description: "rows: \(count) rows, above max \(maximum)", measured: Double(count)))
        }
        for expectation in expectations { anomalies += expectation.anomalies(in: dataset) }
        return ValidationReport(rowCount: count, anomalies: anomalies)
    }
}
