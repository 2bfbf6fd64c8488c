/// A problem with data, a file or a model, with a message that says what went wrong and where.
public struct ModelingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: Equatable, Sendable {
        /// A size limit (rows, columns, field length, file size) was exceeded.
        case capExceeded
        /// A schema did not match: unknown column, wrong type, duplicate name, mismatched lengths.
        case schemaMismatch
        /// A parameter was outside its allowed range.
        case invalidParameter
        /// The input has too little or unusable data (empty, one class only, non-finite values).
        case invalidData
        /// A CSV file could not be read or parsed; the message starts with `file:line:column`.
        case csv
        /// A file could not be opened or read.
        case io
        /// A serialised model document was malformed.
        case malformedDocument
    }

    /// What kind of problem it is.
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
}
