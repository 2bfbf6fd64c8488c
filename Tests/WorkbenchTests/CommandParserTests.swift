import Testing
@testable import Workbench

@Suite struct CommandParserTests {
    let parser = CommandParser(registry: CommandRegistry(Builtins.commands + [echoLabStart, echoLabList]))

    private func parse(_ line: String) throws -> Invocation {
        try parser.parse(Tokenizer.words(line))
    }

    @Test func picksTheLongestCommandAndCollectsArgumentsAndFlags() throws {
        let invocation = try parse("lab start canary --seed=7 --fast --param a=1 --param b=2 --json")
        #expect(invocation.spec.name == "lab start")
        #expect(invocation.argument(0) == "canary")
        #expect(invocation.value("seed") == "7")
        #expect(invocation.allValues("param") == ["a=1", "b=2"])
        #expect(invocation.has("fast"))
        #expect(invocation.wantsJSON)
    }

    @Test func doubleDashEndsFlags() throws {
        let invocation = try parse("lab start -- --odd-id")
        #expect(invocation.argument(0) == "--odd-id")
    }

    @Test func unknownCommandSuggestsTheClosest() {
        #expect(throws: CommandError.usage("unknown command 'stauts'", hint: "did you mean 'status'?", column: 1)) {
            try parse("stauts")
        }
        #expect(throws: CommandError.usage(
            "unknown command 'zzz'", hint: "type 'help' for the list of commands", column: 1)) { try parse("zzz") }
    }

    @Test func unknownVerbSuggestsVerbsOfTheNoun() {
        #expect(throws: CommandError.usage(
            "'config' has no 'shw'; it takes set, show, unset", hint: "did you mean 'config show'?",
            column: 8)) { try parse("config shw") }
        #expect(throws: CommandError.usage(
            "'config' needs one of: set, show, unset", hint: "see 'help config'", column: 1)) { try parse("config") }
    }

    @Test func flagErrorsNameTheColumn() {
        #expect(throws: CommandError.usage("'lab start' has no flag --sed", hint: "did you mean '--seed'?", column: 13)) {
            try parse("lab start x --sed 3")
        }
        #expect(throws: CommandError.usage("--seed needs a value (N)", column: 13)) { try parse("lab start x --seed") }
        #expect(throws: CommandError.usage("--fast takes no value", column: 13)) { try parse("lab start x --fast=1") }
        #expect(throws: CommandError.usage("--seed is given twice", column: 22)) { try parse("lab start x --seed 1 --seed 2") }
    }

    @Test func argumentCountIsChecked() {
        #expect(throws: CommandError.usage(
            "'lab start' needs ID (the lab)",
            hint: "usage: lab start ID [--seed N] [--param K=V]… [--fast] [--data FILE]", column: 11)) {
            try parse("lab start")
        }
        #expect(throws: CommandError.usage(
            "unexpected argument 'extra'", hint: "usage: status", column: 8)) { try parse("status extra") }
    }

    @Test func helpFlagSkipsArgumentChecks() throws {
        #expect(try parse("lab start --help").has("help"))
        #expect(try parse("lab start -h").has("help"))
    }

    @Test func integerFlagsAreBounded() throws {
        let invocation = try parse("history --limit 0")
        #expect(throws: CommandError.usage("--limit takes a whole number from 1 to 100000, not '0'", column: 17)) {
            try invocation.integer("limit", in: 1...100_000, default: 20)
        }
        #expect(try parse("history").integer("limit", in: 1...100_000, default: 20) == 20)
    }
}

@Suite struct SuggestionsTests {
    @Test func editDistanceCountsSwapsAsOneEdit() {
        #expect(Suggestions.editDistance("status", "stauts") == 1)
        #expect(Suggestions.editDistance("status", "stats") == 1)
        #expect(Suggestions.editDistance("status", "sttaus") == 1)
        #expect(Suggestions.editDistance("", "abc") == 3)
        #expect(Suggestions.editDistance("kitten", "sitting") == 3)
    }

    @Test func phraseListsUpToThreeCandidates() {
        #expect(Suggestions.phrase(for: "sho", among: ["show", "set", "unset"]) == "did you mean 'show'?")
        #expect(Suggestions.phrase(for: "st", among: ["start", "stop", "status", "list"]) == "did you mean 'stop', 'start' or 'status'?")
        #expect(Suggestions.phrase(for: "qqqqqq", among: ["show"]) == nil)
    }
}
