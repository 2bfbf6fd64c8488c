import Console
import Foundation
import Workbench

// The executable only reads its own options and picks a mode; everything else lives in
// Workbench (commands) and Console (the terminal).

let errors = FileDescriptorSink(2)
let output = FileDescriptorSink(1)
let environment = ProcessInfo.processInfo.environment

@MainActor func fail(_ error: CommandError, status: Int32) -> Never {
    let printer = OutcomePrinter(
        output: output, errors: errors,
        terminal: TerminalInfo(inputIsTerminal: false, outputIsTerminal: false, fancy: false, width: 80))
    printer.show(.failure(error, json: false))
    exit(status)
}

let options: LaunchOptions
do {
    options = try LaunchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    fail(error, status: 2)
}

let session: Session
do {
    session = try Session(
        registry: Builtins.registry(),
        launch: LaunchContext(
            homeFlag: options.home, contentFlag: options.content, environment: environment,
            executablePath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))))
} catch {
    fail(error, status: 2)
}

let terminal = TerminalInfo.current(
    colorSetting: session.settings.value("color"), widthSetting: session.settings.value("width"),
    noColorFlag: options.noColor, environment: environment)
let printer = OutcomePrinter(output: output, errors: errors, terminal: terminal)
let runner = CommandRunner(session: session)
Signals.catchInterrupts()
if terminal.fancy, isatty(2) != 0 {
    let bar = ProgressBar(sink: errors, width: terminal.width)
    session.progress = { bar.show($0) }
}

@MainActor func exitStatus(_ outcome: CommandRunner.Outcome) -> Int32 {
    if case .success(let output, _) = outcome { return output.reportsFailure ? 1 : 0 }
    guard case .failure(let error, _) = outcome else { return 0 }
    switch error.kind {
    case .usage: return 2
    case .failed: return 1
    case .interrupted: return 130
    }
}

if options.showVersion {
    let outcome = runner.run(arguments: ["version"])
    printer.show(outcome)
    exit(exitStatus(outcome))
}
if options.showHelp {
    output.write(LaunchOptions.usage + "\n\n")
    let outcome = runner.run(arguments: ["help"])
    printer.show(outcome)
    exit(exitStatus(outcome))
}
if !options.command.isEmpty {
    for warning in session.startupWarnings { printer.warn(warning) }
    let outcome = runner.run(arguments: options.command)
    printer.show(outcome)
    exit(exitStatus(outcome))
}
if let script = options.script {
    let descriptor = open(script, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
        fail(CommandError("cannot read the script \(script): \(String(cString: strerror(errno)))"), status: 2)
    }
    let batch = BatchRunner(
        runner: runner, reader: StreamLineReader(descriptor: descriptor), printer: printer,
        sourceName: script, keepGoing: options.keepGoing)
    exit(batch.run())
}
if !terminal.inputIsTerminal {
    let batch = BatchRunner(
        runner: runner, reader: StreamLineReader(descriptor: 0), printer: printer,
        sourceName: "<stdin>", keepGoing: options.keepGoing)
    exit(batch.run())
}

let completer = Completer(session: session)
guard let reader = EditLineReader(
    program: "mlops-lab", recall: session.history.entries, recallLimit: session.history.limit,
    output: output, complete: { completer.complete($0) })
else {
    fail(CommandError("cannot start the line editor", hint: "pipe commands in, or use --script FILE"), status: 1)
}
let repl = REPL(runner: runner, reader: reader, printer: printer, output: output)
exit(repl.run())
