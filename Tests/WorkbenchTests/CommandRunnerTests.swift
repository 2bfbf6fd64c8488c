import Foundation
import Testing
import Values
@testable import Workbench

@Suite(.serialized) struct CommandRunnerTests {
    @Test func runsALineAndReturnsItsStructuredResult() throws {
        let runner = CommandRunner(session: try makeSession())
        guard case .success(let output, let json) = runner.run(line: "version --json") else {
            Issue.record("version failed")
            return
        }
        #expect(json)
        #expect(output.value == .object(["program": "mlops-lab", "version": .string(ProgramVersion.current)]))
    }

    @Test func blankLinesAndCommentsDoNothing() throws {
        let runner = CommandRunner(session: try makeSession())
        for line in ["", "   ", "# a comment"] {
            guard case .nothing = runner.run(line: line) else {
                Issue.record("'\(line)' did something")
                continue
            }
        }
    }

    @Test func errorsFromAScriptNameTheFileLineAndColumn() throws {
        let runner = CommandRunner(session: try makeSession())
        guard case .failure(let error, _) = runner.run(line: "config shw", file: "setup.txt", line: 4) else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.location == SourceLocation(file: "setup.txt", line: 4, column: 8))
        #expect(error.location?.description == "setup.txt:4:8")
    }

    @Test func aFailedCommandChangesNoState() throws {
        let session = try makeSession()
        let runner = CommandRunner(session: session)
        _ = runner.run(line: "config set color never")
        let path = try #require(session.settings.path)
        let before = try String(contentsOfFile: path, encoding: .utf8)
        guard case .failure = runner.run(line: "config set color sometimes") else {
            Issue.record("an invalid value was accepted")
            return
        }
        #expect(session.settings.value("color") == "never")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
    }

    @Test func aLongCommandStopsWhenInterruptedAndKeepsItsStateUnchanged() throws {
        // A command that works on a copy and commits only at the end, as sandbox commands do.
        let counting = CommandSpec(["count"], summary: "count slowly") { _, session throws(CommandError) in
            var draft = session.promptContext
            for step in 0..<1_000 {
                if step == 10 { Interruption.request() }
                try Interruption.check()
                draft.append(String(step))
            }
            session.promptContext = draft
            return CommandOutput([], value: .null)
        }
        let session = try makeSession(extra: [counting])
        guard case .failure(let error, _) = CommandRunner(session: session).run(line: "count") else {
            Issue.record("the interruption was ignored")
            return
        }
        #expect(error == CommandError.interrupted)
        #expect(session.promptContext.isEmpty)
        Interruption.reset()
    }

    @Test func helpFlagShowsTheCommandsHelp() throws {
        let runner = CommandRunner(session: try makeSession())
        guard case .success(let output, _) = runner.run(line: "config set --help") else {
            Issue.record("help failed")
            return
        }
        #expect(output.value["usage"] == "config set KEY VALUE")
        #expect(output.blocks.contains(.code("usage: config set KEY VALUE")))
    }

    @Test func argumentsRunWithoutTokenizing() throws {
        let session = try makeSession()
        guard case .success = CommandRunner(session: session).run(arguments: ["config", "set", "width", "120"]) else {
            Issue.record("config set failed")
            return
        }
        #expect(session.settings.value("width") == "120")
    }

    @Test func historyShowsTheLatestEntriesNumbered() throws {
        let session = try makeSession()
        for line in ["status", "help", "version"] { try session.history.record(line) }
        guard case .success(let output, _) = CommandRunner(session: session).run(line: "history --limit 2") else {
            Issue.record("history failed")
            return
        }
        #expect(output.value == .list([
            .object(["number": 2, "line": "help"]), .object(["number": 3, "line": "version"]),
        ]))
    }

    @Test func exitAndQuitAskTheFrontEndToStop() throws {
        let runner = CommandRunner(session: try makeSession())
        #expect(runner.run(line: "exit").exits)
        #expect(runner.run(line: "quit").exits)
        #expect(!runner.run(line: "status").exits)
    }
}

@Suite struct LaunchOptionsTests {
    @Test func optionsComeBeforeTheCommand() throws {
        let options = try LaunchOptions.parse(["--home", "/h", "--content=/c", "--keep-going", "config", "show", "--json"])
        #expect(options.home == "/h")
        #expect(options.content == "/c")
        #expect(options.keepGoing)
        #expect(options.command == ["config", "show", "--json"])
    }

    @Test func unknownOptionsAreUsageErrors() {
        #expect(throws: CommandError.usage("unknown option --hom", hint: "did you mean '--home'?")) {
            try LaunchOptions.parse(["--hom", "x"])
        }
        #expect(throws: CommandError.usage("--script needs a value", hint: "see 'mlops-lab --help'")) {
            try LaunchOptions.parse(["--script"])
        }
    }
}
