import Foundation
import Testing
import Values
@testable import Console
@testable import Workbench

@Suite(.serialized) struct REPLTests {
    private func repl(_ reader: ScriptedLineReader, session: Session) -> (REPL, BufferSink, BufferSink) {
        let output = BufferSink()
        let errors = BufferSink()
        let printer = OutcomePrinter(output: output, errors: errors, terminal: plainTerminal)
        return (REPL(runner: CommandRunner(session: session), reader: reader, printer: printer, output: output), output, errors)
    }

    @Test func runsLinesUntilExitAndRecordsThemInHistory() throws {
        let session = try makeSession()
        let reader = ScriptedLineReader(lines: ["version", "status", "status", "exit", "never reached"])
        let (loop, output, _) = repl(reader, session: session)
        #expect(loop.run() == 0)
        #expect(output.text.contains("mlops-lab \(ProgramVersion.current)\n"))
        #expect(session.history.entries == ["version", "status", "exit"])
        #expect(reader.remembered == ["version", "status", "exit"])
        #expect(reader.prompts == ["mlops-lab> ", "mlops-lab> ", "mlops-lab> ", "mlops-lab> "])
        let saved = try CommandHistory.load(from: session.home?.file("history") ?? "", limit: 100)
        #expect(saved.entries == ["version", "status", "exit"])
    }

    @Test func badInputIsReportedAndTheLoopGoesOnWithHistoryIntact() throws {
        let session = try makeSession()
        let reader = ScriptedLineReader([
            .line(Array("status".utf8)),
            .overlong(length: 70_000),
            .line([0x73, 0xFF, 0x74]),
            .line(Array("he\u{7}lp".utf8)),
            .interrupted,
            .line(Array("stauts".utf8)),
            .endOfInput,
        ])
        let (loop, output, errors) = repl(reader, session: session)
        #expect(loop.run() == 0)
        #expect(errors.text.contains("error: the line is 70000 bytes long, over the limit of 65536 bytes"))
        #expect(errors.text.contains("error: the line is not valid UTF-8 text"))
        #expect(errors.text.contains("error: the line holds the control character U+0007"))
        #expect(errors.text.contains("error: unknown command 'stauts'\n  stauts\n  ^\n  did you mean 'status'?\n"))
        #expect(output.text.contains("^C\n"))
        #expect(session.history.entries == ["status", "stauts"])
    }

    @Test func promptShowsContext() {
        #expect(REPL.prompt(context: [], fancy: false) == "mlops-lab> ")
        #expect(REPL.prompt(context: ["lab canary-basics", "task 2"], fancy: false) == "mlops-lab [lab canary-basics · task 2]> ")
        #expect(REPL.prompt(context: [], fancy: true) == "\u{1}\u{1B}[1;36m\u{1}mlops-lab\u{1}\u{1B}[0m\u{1}> ")
    }

    @Test func anUnusableHomeIsAWarningAndTheLoopStillRuns() throws {
        let file = temporaryFolder() + "/file"
        _ = FileManager.default.createFile(atPath: file, contents: Data())
        let session = try makeSession(home: file)
        let (loop, output, errors) = repl(ScriptedLineReader(lines: ["version", "config set color never"]), session: session)
        #expect(loop.run() == 0)
        #expect(errors.text.hasPrefix("warning: the home folder \(file) is not a folder\n"))
        #expect(errors.text.contains("error: the home folder \(file) is not a folder"))
        #expect(output.text.contains("mlops-lab \(ProgramVersion.current)\n"))
        #expect(session.history.entries == ["version", "config set color never"])
    }
}

@Suite(.serialized) struct BatchRunnerTests {
    private func batch(_ lines: [String], keepGoing: Bool) throws -> (Int32, String, String) {
        let output = BufferSink()
        let errors = BufferSink()
        let printer = OutcomePrinter(output: output, errors: errors, terminal: plainTerminal)
        let runner = BatchRunner(
            runner: CommandRunner(session: try makeSession()), reader: ScriptedLineReader(lines: lines),
            printer: printer, sourceName: "setup.txt", keepGoing: keepGoing)
        return (runner.run(), output.text, errors.text)
    }

    @Test func stopsAtTheFirstFailureNamingTheLineAndColumn() throws {
        let (status, output, errors) = try batch(["# setup", "version", "config set width 10", "status"], keepGoing: false)
        #expect(status == 1)
        #expect(output.contains("mlops-lab \(ProgramVersion.current)"))
        #expect(!output.contains("Status"))
        #expect(errors == "setup.txt:3: error: width takes auto or a number from 40 to 400, not '10'\n")
    }

    @Test func keepGoingRunsEveryLineAndStillFails() throws {
        let (status, output, errors) = try batch(["bogus", "status"], keepGoing: true)
        #expect(status == 1)
        #expect(output.contains("Status"))
        #expect(errors.hasPrefix("setup.txt:1:1: error: unknown command 'bogus'"))
    }

    @Test func exitStopsTheScriptSuccessfully() throws {
        let (status, output, _) = try batch(["exit", "status"], keepGoing: false)
        #expect(status == 0)
        #expect(!output.contains("Status"))
    }
}

@Suite struct StreamLineReaderTests {
    private func reader(for bytes: [UInt8]) throws -> StreamLineReader {
        let path = temporaryFolder() + "/input"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return StreamLineReader(descriptor: open(path, O_RDONLY))
    }

    @Test func splitsLinesKeepsALastLineWithoutNewlineAndEnds() throws {
        let stream = try reader(for: Array("one\r\ntwo\n\nthree".utf8))
        #expect(stream.readLine(prompt: "") == .line(Array("one\r".utf8)))
        #expect(stream.readLine(prompt: "") == .line(Array("two".utf8)))
        #expect(stream.readLine(prompt: "") == .line([]))
        #expect(stream.readLine(prompt: "") == .line(Array("three".utf8)))
        #expect(stream.readLine(prompt: "") == .endOfInput)
    }

    @Test func anOverlongLineIsCountedNotKeptAndReadingGoesOn() throws {
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 200_000)
        let stream = try reader(for: long + [0x0A] + Array("status\n".utf8))
        #expect(stream.readLine(prompt: "") == .overlong(length: 200_000))
        #expect(stream.readLine(prompt: "") == .line(Array("status".utf8)))
        #expect(stream.readLine(prompt: "") == .endOfInput)
    }
}

@Suite struct OutcomePrinterTests {
    @Test func jsonFailuresPrintAnErrorDocument() {
        let error = CommandError("no such lab", hint: "see 'lab list'", at: Workbench.SourceLocation(file: "s.txt", line: 2, column: 5))
        #expect(OutcomePrinter.value(of: error) == .object([
            "error": .object([
                "message": "no such lab", "kind": "failed", "hint": "see 'lab list'",
                "location": .object(["file": "s.txt", "line": 2, "column": 5]),
            ]),
        ]))
    }

    @Test func aTypedLineGetsACaretUnderTheColumn() {
        let printer = OutcomePrinter(output: BufferSink(), errors: BufferSink(), terminal: plainTerminal)
        let error = CommandError.usage("'lab start' has no flag --sed", hint: "did you mean '--seed'?", column: 13)
        #expect(printer.text(of: error, typed: "lab start x --sed 3") == """
            error: 'lab start' has no flag --sed
              lab start x --sed 3
                          ^
              did you mean '--seed'?

            """)
    }
}

@Suite struct HelpSnapshotTests {
    private func render(_ line: String) throws -> String {
        guard case .success(let output, _) = CommandRunner(session: try makeSession()).run(line: line) else {
            Issue.record("'\(line)' failed")
            return ""
        }
        return TextRenderer(width: 80, fancy: false).render(output.blocks)
    }

    @Test func commandList() throws { try expectSnapshot(render("help"), named: "help.txt") }
    @Test func oneCommand() throws { try expectSnapshot(render("help config set"), named: "help-config-set.txt") }
    @Test func aGroup() throws { try expectSnapshot(render("help config"), named: "help-config.txt") }
}
