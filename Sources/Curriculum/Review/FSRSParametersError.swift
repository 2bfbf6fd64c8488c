/// A value that `FSRSParameters` refused, with a message that says which one and what is allowed.
public enum FSRSParametersError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which list of steps a step belongs to.
    public enum StepKind: String, Sendable, Hashable {
        /// `FSRSParameters.learningSteps`.
        case learning
        /// `FSRSParameters.relearningSteps`.
        case relearning
    }

    /// There must be exactly 21 weights; this many were given.
    case wrongWeightCount(Int)
    /// Weight `w[index]` lies outside the bounds FSRS-6 allows.
    case weightOutOfBounds(index: Int, value: Double, lower: Double, upper: Double)
    /// The desired retention is not strictly between 0 and 1.
    case desiredRetentionOutOfRange(Double)
    /// The maximum interval is shorter than one day or longer than `FSRSParameters.longestAllowedDays`.
    case maximumIntervalOutOfRange(Int)
    /// The step at `index` (counting from 0) is shorter than one second or longer than
    /// `FSRSParameters.longestAllowedDays` days.
    case stepOutOfRange(kind: StepKind, index: Int, seconds: Int64)

    /// The message a person reads.
    public var description: String {
        switch self {
        case .wrongWeightCount(let count):
            return "FSRS-6 needs 21 weights, but \(count) were given"
        case .weightOutOfBounds(let index, let value, let lower, let upper):
            return "FSRS weight w\(index) = \(value) is out of bounds: it must be from \(lower) to \(upper)"
        case .desiredRetentionOutOfRange(let value):
            return "desired retention \(value) is out of range: it must be greater than 0 and less than 1"
        case .maximumIntervalOutOfRange(let days):
            return "maximum interval \(days) days is out of range: it must be from 1 to \(FSRSParameters.longestAllowedDays) days"
        case .stepOutOfRange(let kind, let index, let seconds):
            return "\(kind.rawValue) step \(index + 1) is \(seconds) seconds: a step must be from 1 second to \(FSRSParameters.longestAllowedDays) days"
        }
    }
}
