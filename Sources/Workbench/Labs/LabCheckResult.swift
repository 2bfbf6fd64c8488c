import Values

/// The outcome of one check: whether it held, and why not when it could not be evaluated.
struct LabCheckResult: Equatable {
    /// The expression.
    var expect: String
    /// The check's message.
    var message: String
    /// Whether the expression came out true.
    var passed: Bool
    /// Why it could not be evaluated (a missing field, an empty list), if it could not.
    var error: String?

    /// One line for the terminal: `✓ message` or `✗ message`.
    var line: String {
        (passed ? "✓ " : "✗ ") + message
    }

    var value: Value {
        .object([
            "expect": .string(expect), "message": .string(message), "passed": .bool(passed), "error": .optional(error),
        ])
    }
}
