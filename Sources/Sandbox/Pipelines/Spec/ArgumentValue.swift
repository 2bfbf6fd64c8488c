/// One argument of a pipeline step, typed by the step library.
public indirect enum ArgumentValue: Sendable, Equatable {
    /// A whole number.
    case integer(Int)
    /// A real number (an integer written where a number is taken becomes one).
    case number(Double)
    /// Text, including the name chosen from a list of choices.
    case text(String)
    /// true or false.
    case bool(Bool)
    /// Items in the order written.
    case list([ArgumentValue])
    /// Keys and values: in the order of the argument table for fixed keys, as written for free keys.
    case map([ArgumentEntry])
    /// Another step's output, written `STEP.OUTPUT`.
    case input(step: String, output: String)
    /// A parsed condition, such as a gate's.
    case expression(Expression)
    /// `${params.NAME}` written as a whole value; only in a spec that is not yet resolved.
    case paramReference(String)

    /// The value of `key` when this is a map.
    public subscript(key: String) -> ArgumentValue? {
        guard case .map(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }
}

/// One key and value of a map argument.
public struct ArgumentEntry: Sendable, Equatable {
    /// The key.
    public let key: String
    /// The value.
    public let value: ArgumentValue

    /// Creates an entry.
    public init(_ key: String, _ value: ArgumentValue) {
        self.key = key
        self.value = value
    }
}
