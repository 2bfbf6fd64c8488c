/// Validation shared by the scenarios; each check throws a `GeneratorError` naming the parameter.
struct ParameterCheck {
    /// The scenario name used as the message prefix.
    let scenario: String

    func finite(_ parameter: String, _ value: Double) throws(GeneratorError) {
        guard value.isFinite else { throw invalid(parameter, value, "finite") }
    }

    func positive(_ parameter: String, _ value: Double) throws(GeneratorError) {
        guard value.isFinite, value > 0 else { throw invalid(parameter, value, "finite and > 0") }
    }

    func nonNegative(_ parameter: String, _ value: Double) throws(GeneratorError) {
        guard value.isFinite, value >= 0 else { throw invalid(parameter, value, "finite and >= 0") }
    }

    func probability(_ parameter: String, _ value: Double) throws(GeneratorError) {
        guard value >= 0, value <= 1 else { throw invalid(parameter, value, "in [0, 1]") }
    }

    func count(_ parameter: String, _ value: Int, in range: ClosedRange<Int>) throws(GeneratorError) {
        guard range.contains(value) else {
            throw GeneratorError(
                .invalidParameter,
                GeneratorMessages.countOutOfRange(scenario: scenario, parameter: parameter, value: value, range: range))
        }
    }

    func weights(_ parameter: String, _ values: [Double], count: Int) throws(GeneratorError) {
        guard values.count == count else {
            throw GeneratorError(
                .invalidParameter,
                GeneratorMessages.wrongLength(
                    scenario: scenario, parameter: parameter, expected: count, actual: values.count))
        }
        var total = 0.0
        for value in values {
            guard value.isFinite, value >= 0 else {
                throw GeneratorError(
                    .invalidParameter, GeneratorMessages.badWeights(scenario: scenario, parameter: parameter))
            }
            total += value
        }
        guard total > 0 else {
            throw GeneratorError(.invalidParameter, GeneratorMessages.badWeights(scenario: scenario, parameter: parameter))
        }
    }

    func uniqueNames(_ parameter: String, _ names: [String]) throws(GeneratorError) {
        var seen = Set<String>()
        for name in names where !seen.insert(name).inserted {
            throw GeneratorError(
                .invalidParameter,
                GeneratorMessages.duplicateName(scenario: scenario, parameter: parameter, name: name))
        }
    }

    func run(hours: Int, startTime: Int64) throws(GeneratorError) {
        if hours % 24 == 0 {
            try count("days", hours / 24, in: 1...ScenarioLimits.maximumDays)
        } else {
            try count("hours", hours, in: 1...ScenarioLimits.maximumDays * 24)
        }
        guard startTime >= 0, startTime <= ScenarioLimits.latestStartTime else {
            throw GeneratorError(
                .invalidParameter, GeneratorMessages.startTimeOutOfRange(scenario: scenario, startTime: startTime))
        }
    }

    func rowCap(_ rows: Int) throws(GeneratorError) {
        guard rows <= ScenarioLimits.maximumRowCount else {
            throw GeneratorError(
                .capExceeded,
                GeneratorMessages.tooManyRows(scenario: scenario, rows: rows, cap: ScenarioLimits.maximumRowCount))
        }
    }

    /// Checks an expected row count held as a double (it can be astronomically large before the cap check).
    func expectedRowCap(_ rows: Double) throws(GeneratorError) {
        guard rows.isFinite, rows <= Double(ScenarioLimits.maximumRowCount) else {
            let shown = rows.isFinite && rows < 9e18 ? Int(rows.rounded(.up)) : Int.max
            throw GeneratorError(
                .capExceeded,
                GeneratorMessages.tooManyRows(scenario: scenario, rows: shown, cap: ScenarioLimits.maximumRowCount))
        }
    }

    private func invalid(_ parameter: String, _ value: Double, _ rule: String) -> GeneratorError {
        GeneratorError(
            .invalidParameter,
            GeneratorMessages.outOfRange(scenario: scenario, parameter: parameter, value: value, rule: rule))
    }
}
