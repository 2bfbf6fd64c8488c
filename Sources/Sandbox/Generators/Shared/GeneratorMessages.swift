/// Every message a `GeneratorError` carries, in one place so tests can assert them exactly.
public enum GeneratorMessages {
    /// A numeric parameter outside its range.
    public static func outOfRange(scenario: String, parameter: String, value: Double, rule: String) -> String {
        "\(scenario): parameter '\(parameter)' must be \(rule), got \(value)"
    }

    /// An integer parameter outside its range.
    public static func countOutOfRange(scenario: String, parameter: String, value: Int, range: ClosedRange<Int>)
        -> String
    {
        "\(scenario): parameter '\(parameter)' must lie in \(range.lowerBound)...\(range.upperBound), got \(value)"
    }

    /// A list parameter of the wrong length.
    public static func wrongLength(scenario: String, parameter: String, expected: Int, actual: Int) -> String {
        "\(scenario): parameter '\(parameter)' needs \(expected) entries, got \(actual)"
    }

    /// A weight list that has a negative or non-finite entry, or sums to zero.
    public static func badWeights(scenario: String, parameter: String) -> String {
        "\(scenario): parameter '\(parameter)' needs finite weights >= 0 that are not all zero"
    }

    /// A name used twice where names must be unique.
    public static func duplicateName(scenario: String, parameter: String, name: String) -> String {
        "\(scenario): parameter '\(parameter)' names '\(name)' more than once; names must be unique"
    }

    /// A name that refers to nothing the scenario defines.
    public static func unknownName(scenario: String, parameter: String, name: String, known: [String]) -> String {
        "\(scenario): parameter '\(parameter)' names '\(name)', which is not one of: \(known.joined(separator: ", "))"
    }

    /// A run whose expected or realised row count is above the cap.
    public static func tooManyRows(scenario: String, rows: Int, cap: Int) -> String {
        "\(scenario): this run would produce \(rows) rows; the cap is \(cap) rows. "
            + "Generate fewer days or lower the volume parameters"
    }

    /// A start time outside the supported virtual calendar.
    public static func startTimeOutOfRange(scenario: String, startTime: Int64) -> String {
        "\(scenario): start time \(startTime) must lie in 0...\(ScenarioLimits.latestStartTime) "
            + "(seconds since 1970-01-01T00:00:00Z, up to 9999-12-31)"
    }
}
