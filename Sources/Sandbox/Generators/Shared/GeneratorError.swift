/// A scenario parameter or size a generator cannot work with, with a message a person can act on.
public struct GeneratorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: Equatable, Sendable {
        /// A parameter was outside its allowed range, or lists that must line up did not.
        case invalidParameter
        /// The requested run would produce more rows than a dataset may hold.
        case capExceeded
        /// Building the dataset failed (kept for completeness; validated parameters do not reach it).
        case dataset
    }

    /// What kind of problem it is.
    public let kind: Kind
    /// A sentence naming the scenario, the parameter and the rule it broke.
    public let message: String

    /// Creates an error of `kind` with `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
