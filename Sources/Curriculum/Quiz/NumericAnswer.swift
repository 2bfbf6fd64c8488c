/// One accepted answer of a numeric question, with the credit it gives.
public struct NumericAnswer: Sendable, Equatable, Hashable {
    /// Which numbers this answer accepts.
    public var accepted: Accepted
    /// The credit in percent, 0 to 100, for a response this answer accepts.
    public var credit: Double
    /// Shown when this answer is the one that scores the response; empty when there is none.
    public var feedback: String

    /// Creates an answer worth full credit unless said otherwise.
    public init(_ accepted: Accepted, credit: Double = 100, feedback: String = "") {
        self.accepted = accepted
        self.credit = credit
        self.feedback = feedback
    }

    /// The numbers an answer accepts; bounds are inclusive.
    public enum Accepted: Sendable, Equatable, Hashable {
        /// `value` plus or minus `tolerance` (YAML `{value, tolerance}`, GIFT `3.14:0.01`).
        case value(Double, tolerance: Double)
        /// Every number from `min` to `max` (YAML `{min, max}`, GIFT `1..5`).
        case range(min: Double, max: Double)
        /// Every number: GIFT's `~#feedback` for wrong answers, which Moodle keeps as answer `*`.
        /// It has no YAML form; only a GIFT import produces it.
        case any
    }

    /// Whether `number` is accepted, with Moodle's slack so that 3.13 is within 3.14 ± 0.01.
    func accepts(_ number: Double) -> Bool {
        // Moodle qtype_numerical_answer::get_tolerance_interval (MDL-3225): widen the interval by
        // 1e-14 · max(1, |answer|) so that decimal values that look equal compare equal.
        switch accepted {
        case let .value(value, tolerance):
            let slack = 1e-14 * max(1, abs(value))
            return abs(number - value) <= tolerance + slack
        case let .range(min, max):
            let slack = 1e-14 * Swift.max(1, abs(min), abs(max))
            return number >= min - slack && number <= max + slack
        case .any:
            return true
        }
    }
}
