/// What happened to an alert at one evaluation.
public enum AlertChange: String, Sendable, Equatable {
    /// Inactive → pending: the condition started to hold.
    case pending
    /// Pending (or, with `for: 0`, inactive) → firing.
    case firing
    /// Firing → inactive: the condition stopped holding.
    case resolved
    /// Pending → inactive before `for` had passed: the alert never fired.
    case cleared
    /// The condition could not be evaluated (for example no data yet); the state did not change.
    case evaluationFailed = "evaluation-failed"
    /// The rule was removed (its history stays).
    case removed
}

/// One entry of an evaluator's history.
public struct AlertEvent: Sendable, Equatable {
    /// The rule's name.
    public var rule: String
    /// What happened.
    public var change: AlertChange
    /// When, in seconds.
    public var at: Int64
    /// The compared value, when the condition is a comparison (`ratio(…) > 0.05` records the ratio)
    /// and it could be computed.
    public var value: Double?
    /// A sentence for the learner.
    public var message: String

    /// Creates an event.
    public init(rule: String, change: AlertChange, at: Int64, value: Double? = nil, message: String) {
        self.rule = rule
        self.change = change
        self.at = at
        self.value = value
        self.message = message
    }
}
