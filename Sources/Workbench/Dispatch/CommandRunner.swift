/// The one path every command takes: REPL lines, one-shot arguments, scripts and piped input.
public struct CommandRunner {
    /// The session commands run against.
    public let session: Session

    /// Creates a runner for a session.
    public init(session: Session) {
        self.session = session
    }

    /// What running one line produced.
    public enum Outcome {
        /// The line held no command (blank or a comment).
        case nothing
        /// The command succeeded; `json` says whether `--json` was asked for.
        case success(CommandOutput, json: Bool)
        /// The command failed and changed nothing; `json` says whether `--json` was asked for.
        case failure(CommandError, json: Bool)

        /// Whether the front end should stop reading commands.
        public var exits: Bool {
            if case .success(let output, _) = self { return output.action == .exit }
            return false
        }
    }

    /// Runs a line of text from `file` (nil for the prompt) at `line`.
    public func run(line text: String, file: String? = nil, line: Int? = nil) -> Outcome {
        let words: [Word]
        do {
            words = try Tokenizer.words(text)
        } catch {
            return .failure(place(error, file: file, line: line), json: false)
        }
        guard !words.isEmpty else { return .nothing }
        return run(words: words, file: file, line: line)
    }

    /// Runs `bytes` read from a terminal, pipe or file, checking them before anything else.
    public func run(bytes: some Collection<UInt8>, file: String? = nil, line: Int? = nil) -> Outcome {
        do {
            let text = try InputLine.decode(bytes)
            return run(line: text, file: file, line: line)
        } catch {
            return .failure(place(error, file: file, line: line), json: false)
        }
    }

    /// Runs a command given as separate words, such as the program's own arguments.
    public func run(arguments: [String]) -> Outcome {
        var column = 1
        var words: [Word] = []
        for argument in arguments {
            words.append(Word(argument, column: column))
            column += argument.count + 1
        }
        guard !words.isEmpty else { return .nothing }
        return run(words: words, file: nil, line: nil)
    }

    private func run(words: [Word], file: String?, line: Int?) -> Outcome {
        let wantsJSON = words.contains { $0.text == "--json" }
        let invocation: Invocation
        do {
            invocation = try CommandParser(registry: session.registry).parse(words)
        } catch {
            return .failure(place(error, file: file, line: line), json: wantsJSON)
        }
        if invocation.has("help") {
            return .success(HelpCommand.help(for: invocation.spec, registry: session.registry), json: invocation.wantsJSON)
        }
        Interruption.reset()
        do {
            let output = try invocation.spec.action(invocation, session)
            return .success(output, json: invocation.wantsJSON)
        } catch {
            return .failure(place(error, file: file, line: line), json: invocation.wantsJSON)
        }
    }

    private func place(_ error: CommandError, file: String?, line: Int?) -> CommandError {
        // An error that names its own file (a spec, a settings file) keeps its place.
        guard file != nil || line != nil, error.location?.file == nil else { return error }
        var placed = error
        placed.location = (error.location ?? SourceLocation()).within(file: file, line: line)
        return placed
    }
}
