/// An expression that cannot be read or evaluated: what went wrong and at which column.
public struct ExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// 1-based column in the expression's text.
    public var column: Int
    /// What to do about it, when there is something to say.
    public var hint: String?

    /// Creates an error.
    public init(_ message: String, column: Int, hint: String? = nil) {
        self.message = message
        self.column = column
        self.hint = hint
    }

    /// `column N: message`.
    public var description: String { "column \(column): \(message)" }
}

/// Bounds that keep every expression cheap, whoever wrote it.
public enum ExpressionLimits {
    /// The longest expression text, in characters.
    public static let maximumLength = 4_096
    /// The deepest nesting of parentheses, calls, lists and operators.
    public static let maximumDepth = 64
    /// The most evaluation steps one evaluation may take.
    public static let maximumSteps = 100_000
}
