import Values

/// Where a command, or the file it read, went wrong: `file:line:column`, any part optional.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    /// The file, or a name such as `<stdin>`; nil for a line typed at the prompt.
    public var file: String?
    /// 1-based line.
    public var line: Int?
    /// 1-based column, in characters.
    public var column: Int?

    /// Creates a location.
    public init(file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out the parts that are unknown.
    public var description: String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let line { parts.append(String(line)) }
        if let column { parts.append(String(column)) }
        if file == nil, line == nil, let column { return "column \(column)" }
        return parts.joined(separator: ":")
    }

    /// This location moved into a source: a column within a line of a script, say.
    public func within(file: String?, line: Int?) -> SourceLocation {
        SourceLocation(file: self.file ?? file, line: self.line ?? line, column: column)
    }
}

/// A command that did not succeed: what was wrong, where, and what to do about it.
///
/// A failed command changes no state; the error is all it leaves behind.
public struct CommandError: Error, Sendable, Equatable {
    /// The kind of failure, which decides the exit status.
    public enum Kind: String, Sendable {
        /// The command was written wrongly (unknown command, bad flag, missing argument).
        case usage
        /// The command was right but could not be carried out.
        case failed
        /// The learner pressed Ctrl-C while it ran.
        case interrupted
    }

    /// What went wrong, in one line.
    public var message: String
    /// What to do about it, when there is something to say.
    public var hint: String?
    /// Where it went wrong, when that is known.
    public var location: SourceLocation?
    /// The kind of failure.
    public var kind: Kind
    /// Data that `--json` prints with the error (the problems found by a check, say).
    public var details: Value?

    /// Creates an error.
    public init(_ message: String, hint: String? = nil, at location: SourceLocation? = nil, kind: Kind = .failed) {
        self.message = message
        self.hint = hint
        self.location = location
        self.kind = kind
    }

    /// A usage error: the command line itself is wrong.
    public static func usage(_ message: String, hint: String? = nil, column: Int? = nil) -> CommandError {
        CommandError(message, hint: hint, at: column.map { SourceLocation(column: $0) }, kind: .usage)
    }

    /// The error raised when the learner interrupts a running command.
    public static let interrupted = CommandError(
        "interrupted; nothing was changed", kind: .interrupted)
}
