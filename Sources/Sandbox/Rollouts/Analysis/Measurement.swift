/// What the host's query gave for one measurement: a number, or why there is none.
public enum MeasurementOutcome: Sendable, Equatable {
    /// The query's value; it becomes `result` in the conditions.
    case value(Double)
    /// The query could not be answered (no traffic yet, an unknown series, a function error).
    case error(String)
}

/// Why the host could not measure a query.
public struct MeasurementError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// One measurement of one metric: when, what the query gave, and how it was judged.
public struct Measurement: Sendable, Equatable {
    /// Virtual time, in seconds, when it was taken.
    public var time: Int64
    /// The value, or the error.
    public var outcome: MeasurementOutcome
    /// Successful, Failed, Inconclusive or Error.
    public var phase: AnalysisPhase
    /// Why it is an Error, when it is one.
    public var message: String?

    /// Creates a measurement.
    public init(time: Int64, outcome: MeasurementOutcome, phase: AnalysisPhase, message: String? = nil) {
        self.time = time
        self.outcome = outcome
        self.phase = phase
        self.message = message
    }

    /// The value, when the query gave one.
    public var value: Double? {
        if case .value(let number) = outcome { return number }
        return nil
    }
}

/// What the host measures with: the metric's query at a virtual time, to a number or an error.
public typealias MeasureFunction = (_ query: Expression, _ time: Int64) -> Result<Double, MeasurementError>
