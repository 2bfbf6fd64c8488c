/// An input a statistics routine cannot work with, with a message a person can act on.
public struct StatsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of problem the input has.
    public enum Kind: Equatable, Sendable {
        /// A sample or vector that must not be empty was empty.
        case emptyInput
        /// A parameter was outside its allowed range (negative rate, probability above 1, ...).
        case invalidParameter
        /// Two inputs that must have the same length did not.
        case lengthMismatch
        /// Observed and expected frequencies did not add up to the same total.
        case sumMismatch
        /// A value that must be finite was infinite or NaN.
        case nonFiniteValue
    }

    /// What kind of problem the input has.
    public let kind: Kind
    /// A sentence naming the offending input and the rule it broke.
    public let message: String

    /// Creates an error of `kind` with `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }

    static func empty(_ what: String) -> StatsError {
        StatsError(.emptyInput, "\(what) must not be empty")
    }

    static func invalid(_ name: String, _ value: Double, _ rule: String) -> StatsError {
        StatsError(.invalidParameter, "\(name) must be \(rule), got \(value)")
    }

    static func lengths(_ first: String, _ firstCount: Int, _ second: String, _ secondCount: Int) -> StatsError {
        StatsError(
            .lengthMismatch,
            "\(first) has \(firstCount) entries but \(second) has \(secondCount); they must match")
    }
}
