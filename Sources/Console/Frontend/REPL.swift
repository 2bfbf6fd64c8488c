import Workbench

/// The interactive loop: prompt, read, run, show — until `exit`, `quit` or Ctrl-D.
public final class REPL {
    private let runner: CommandRunner
    private let reader: LineReader
    private let printer: OutcomePrinter
    private let output: OutputSink
    private var historyProblemShown = false

    /// Creates a loop over a session's runner.
    public init(runner: CommandRunner, reader: LineReader, printer: OutcomePrinter, output: OutputSink) {
        self.runner = runner
        self.reader = reader
        self.printer = printer
        self.output = output
    }

    /// The prompt: `mlops-lab> `, or `mlops-lab [lab canary-basics · task 2]> ` with context.
    public static func prompt(context: [String], fancy: Bool) -> String {
        var name = "mlops-lab"
        if fancy { name = "\u{1}\u{1B}[1;36m\u{1}mlops-lab\u{1}\u{1B}[0m\u{1}" }
        let detail = context.isEmpty ? "" : " [" + context.joined(separator: " · ") + "]"
        return name + detail + "> "
    }

    /// Runs until the learner leaves; returns the process exit status (always 0).
    public func run() -> Int32 {
        let session = runner.session
        for warning in session.startupWarnings { printer.warn(warning) }
        let problems = session.course.problems
        if !problems.isEmpty {
            printer.warn(CommandError(
                "\(problems.count) problem\(problems.count == 1 ? "" : "s") in the course files; those files are left out",
                hint: "first: \(problems[0].description)\n  see all with 'content check'"))
        }
        if let lab = session.restoreActiveLab() {
            output.write("Lab \(lab) is in progress: 'lab task' shows the task, 'lab quit' leaves it.\n")
        } else if let welcome = session.welcomeBack() {
            output.write(welcome + "\n")
        }
        output.write("mlops-lab \(ProgramVersion.current) — type 'help' for the commands, Tab to complete, Ctrl-D to leave.\n")
        while true {
            Interruption.reset()
            let event = reader.readLine(prompt: REPL.prompt(context: session.promptContext, fancy: printer.terminal.fancy))
            switch event {
            case .endOfInput:
                output.write("\n")
                return 0
            case .interrupted:
                output.write("^C\n")
                continue
            case .overlong(let length):
                printer.show(.failure(InputLine.overlongError(length: length), json: false))
                continue
            case .line(let bytes):
                let text: String
                do {
                    text = try InputLine.decode(bytes)
                } catch {
                    printer.show(.failure(error, json: false))
                    continue
                }
                remember(String(text.reversed().drop { $0 == " " || $0 == "\t" }.reversed()))
                let outcome = runner.run(line: text)
                printer.show(outcome, typed: text)
                if outcome.exits { return 0 }
            }
        }
    }

    private func remember(_ text: String) {
        let session = runner.session
        do {
            if try session.history.record(text) { reader.remember(text) }
        } catch {
            reader.remember(text)
            if !historyProblemShown {
                historyProblemShown = true
                printer.warn(CommandError(
                    "history is kept for this session only: \(error.message)", hint: error.hint))
            }
        }
    }
}
