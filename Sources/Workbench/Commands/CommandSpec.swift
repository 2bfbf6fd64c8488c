import Values

/// How the words of an argument or flag value can be completed.
public enum CompletionKind: Sendable, Equatable {
    /// Nothing to offer.
    case none
    /// A fixed set of words.
    case values([String])
    /// Command names (for `help`).
    case commands
    /// File and folder paths.
    case files
    /// Ids from a source that a subsystem registers with the session (modules, labs, runs…).
    case ids(String)
}

/// A positional argument of a command.
public struct ArgumentSpec: Sendable {
    /// The placeholder shown in usage, e.g. `FILE`.
    public var name: String
    /// One line on what it is.
    public var summary: String
    /// Whether the command runs without it.
    public var isOptional: Bool
    /// Whether it takes all remaining words.
    public var isVariadic: Bool
    /// How to complete it.
    public var completion: CompletionKind

    /// Creates an argument.
    public init(
        _ name: String, _ summary: String, optional: Bool = false, variadic: Bool = false,
        completion: CompletionKind = .none
    ) {
        self.name = name
        self.summary = summary
        self.isOptional = optional
        self.isVariadic = variadic
        self.completion = completion
    }
}

/// A `--flag` of a command.
public struct FlagSpec: Sendable {
    /// What the flag takes.
    public enum Kind: Sendable, Equatable {
        /// A switch: present or not.
        case toggle
        /// One value, `--name VALUE` or `--name=VALUE`.
        case value(placeholder: String)
        /// A value that may be given several times.
        case repeated(placeholder: String)
    }

    /// The name without dashes.
    public var name: String
    /// One line on what it does.
    public var summary: String
    /// What it takes.
    public var kind: Kind
    /// How to complete its value.
    public var completion: CompletionKind

    /// Creates a flag.
    public init(_ name: String, _ summary: String, kind: Kind = .toggle, completion: CompletionKind = .none) {
        self.name = name
        self.summary = summary
        self.kind = kind
        self.completion = completion
    }

    /// Flags that every command accepts.
    public static let common: [FlagSpec] = [
        FlagSpec("json", "print the result as a JSON document"),
        FlagSpec("help", "show help for this command"),
    ]
}

/// The function that carries a command out.
public typealias CommandAction = @Sendable (Invocation, Session) throws(CommandError) -> CommandOutput

/// A command: its words, what it accepts, its help, and what it does.
public struct CommandSpec: Sendable {
    /// The words that name it: `["status"]` or `["config", "show"]`.
    public var path: [String]
    /// One line for the command list.
    public var summary: String
    /// A longer explanation for `help COMMAND`.
    public var discussion: String
    /// Positional arguments, in order.
    public var arguments: [ArgumentSpec]
    /// Flags it accepts besides `--json` and `--help`.
    public var flags: [FlagSpec]
    /// Example lines for help.
    public var examples: [String]
    /// What it does.
    public var action: CommandAction

    /// Creates a command.
    public init(
        _ path: [String], summary: String, discussion: String = "", arguments: [ArgumentSpec] = [],
        flags: [FlagSpec] = [], examples: [String] = [], action: @escaping CommandAction
    ) {
        self.path = path
        self.summary = summary
        self.discussion = discussion
        self.arguments = arguments
        self.flags = flags
        self.examples = examples
        self.action = action
    }

    /// The command's name as typed: `config show`.
    public var name: String { path.joined(separator: " ") }

    /// Every flag it accepts, its own first.
    public var allFlags: [FlagSpec] { flags + FlagSpec.common }

    /// One-line usage: `config set KEY VALUE [--json]`.
    public var usage: String {
        var parts = [name]
        for argument in arguments {
            var text = argument.name + (argument.isVariadic ? "…" : "")
            if argument.isOptional { text = "[" + text + "]" }
            parts.append(text)
        }
        for flag in flags {
            switch flag.kind {
            case .toggle: parts.append("[--\(flag.name)]")
            case .value(let placeholder): parts.append("[--\(flag.name) \(placeholder)]")
            case .repeated(let placeholder): parts.append("[--\(flag.name) \(placeholder)]…")
            }
        }
        return parts.joined(separator: " ")
    }
}
