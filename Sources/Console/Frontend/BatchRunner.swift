import Workbench

/// Runs commands from a script or piped input: no prompt, one command per line, `#` comments.
public final class BatchRunner {
    private let runner: CommandRunner
    private let reader: LineReader
    private let printer: OutcomePrinter
    private let sourceName: String
    private let keepGoing: Bool

    /// Creates a batch over `reader`; errors name `sourceName` and the line number.
    public init(runner: CommandRunner, reader: LineReader, printer: OutcomePrinter, sourceName: String, keepGoing: Bool) {
        self.runner = runner
        self.reader = reader
        self.printer = printer
        self.sourceName = sourceName
        self.keepGoing = keepGoing
    }

    /// Runs every line; the exit status is 0 when all succeeded, 1 when one failed, 130 when interrupted.
    public func run() -> Int32 {
        var lineNumber = 0
        var failed = false
        while true {
            lineNumber += 1
            let outcome: CommandRunner.Outcome
            switch reader.readLine(prompt: "") {
            case .endOfInput:
                return failed ? 1 : 0
            case .interrupted:
                return 130
            case .overlong(let length):
                var error = InputLine.overlongError(length: length)
                error.location = SourceLocation(file: sourceName, line: lineNumber)
                outcome = .failure(error, json: false)
            case .line(let bytes):
                outcome = runner.run(bytes: bytes, file: sourceName, line: lineNumber)
            }
            printer.show(outcome)
            if case .failure(let error, _) = outcome {
                if error.kind == .interrupted { return 130 }
                failed = true
                if !keepGoing { return 1 }
            }
            if case .success(let output, _) = outcome, output.reportsFailure {
                failed = true
                if !keepGoing { return 1 }
            }
            if outcome.exits { return failed ? 1 : 0 }
        }
    }
}
