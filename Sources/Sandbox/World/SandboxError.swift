/// Why a sandbox operation was refused: what was wrong and what to do. Nothing changed.
public struct SandboxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong.
    public var message: String
    /// What to do about it, when there is something to say.
    public var hint: String?

    /// Creates an error.
    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    /// The message.
    public var description: String { message }
}
