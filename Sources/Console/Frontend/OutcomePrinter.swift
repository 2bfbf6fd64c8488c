import Values
import Workbench

/// Shows what a command produced: results on standard output, errors on standard error.
public final class OutcomePrinter {
    private let output: OutputSink
    private let errors: OutputSink
    /// The terminal's width and colour policy.
    public var terminal: TerminalInfo

    /// Creates a printer.
    public init(output: OutputSink, errors: OutputSink, terminal: TerminalInfo) {
        self.output = output
        self.errors = errors
        self.terminal = terminal
    }

    /// Prints `outcome`; `typed` is the line as entered at the prompt, to point at a column in it.
    public func show(_ outcome: CommandRunner.Outcome, typed: String? = nil) {
        switch outcome {
        case .nothing:
            return
        case .success(let result, let json):
            if json {
                output.write(JSONWriter().string(result.value) + "\n")
            } else {
                output.write(TextRenderer(width: terminal.width, fancy: terminal.fancy).render(result.blocks))
            }
        case .failure(let error, let json):
            if json { output.write(JSONWriter().string(OutcomePrinter.value(of: error)) + "\n") }
            errors.write(text(of: error, typed: typed))
        }
    }

    /// A warning printed once, such as a problem found at start-up.
    public func warn(_ error: CommandError) {
        let label = Style.yellow.apply("warning:", enabled: terminal.fancy)
        var text = "\(label) \(error.message)\n"
        if let hint = error.hint { text += "  \(hint)\n" }
        errors.write(text)
    }

    /// The text of an error: `file:line:column: error: message`, a caret under the column of a
    /// typed line, and the hint.
    public func text(of error: CommandError, typed: String?) -> String {
        let label = Style.boldRed.apply("error:", enabled: terminal.fancy)
        var text = ""
        if let location = error.location, location.file != nil || location.line != nil {
            text += "\(location): \(label) \(error.message)\n"
        } else {
            text += "\(label) \(error.message)\n"
            if let typed, let column = error.location?.column, DisplayWidth.of(typed) + 2 <= terminal.width {
                let before = String(typed.prefix(max(0, column - 1)))
                text += "  \(typed)\n  \(String(repeating: " ", count: DisplayWidth.of(before)))^\n"
            }
        }
        if let hint = error.hint { text += "  " + Style.dim.apply(hint, enabled: terminal.fancy) + "\n" }
        return text
    }

    /// An error as JSON, for `--json`.
    public static func value(of error: CommandError) -> Value {
        var fields: [Value.Field] = [
            Value.Field("message", .string(error.message)),
            Value.Field("kind", .string(error.kind.rawValue)),
        ]
        if let hint = error.hint { fields.append(Value.Field("hint", .string(hint))) }
        if let details = error.details { fields.append(Value.Field("details", details)) }
        if let location = error.location {
            fields.append(Value.Field("location", .object([
                Value.Field("file", .optional(location.file)),
                Value.Field("line", location.line.map(Value.int) ?? .null),
                Value.Field("column", location.column.map(Value.int) ?? .null),
            ])))
        }
        return .object([Value.Field("error", .object(fields))])
    }
}
