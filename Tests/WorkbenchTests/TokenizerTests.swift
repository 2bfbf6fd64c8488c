import Testing
@testable import Workbench

@Suite struct TokenizerTests {
    private func texts(_ line: String) throws -> [String] {
        try Tokenizer.words(line).map(\.text)
    }

    @Test func splitsOnSpacesAndTabsAndRecordsColumns() throws {
        let words = try Tokenizer.words("  config\tset  color never")
        #expect(words == [Word("config", column: 3), Word("set", column: 10), Word("color", column: 15), Word("never", column: 21)])
    }

    @Test func quotesAndEscapesWorkAsInAShell() throws {
        #expect(try texts(#"say "two words" 'single $quoted' plain\ space"#) == ["say", "two words", "single $quoted", "plain space"])
        #expect(try texts(#""a \"quoted\" \\ word""#) == [#"a "quoted" \ word"#])
        #expect(try texts(#"'it'\''s'"#) == ["it's"])
        #expect(try texts(#"x"y"'z'"#) == ["xyz"])
        #expect(try texts(#"'' """#) == ["", ""])
        #expect(try texts(#""back\slash""#) == [#"backslash"#])
        #expect(try texts("'keep \\ backslash'") == ["keep \\ backslash"])
    }

    @Test func hashStartsACommentOnlyAtTheStartOfAWord() throws {
        #expect(try texts("status # show it") == ["status"])
        #expect(try texts("# only a comment").isEmpty)
        #expect(try texts("tag a#b '#c'") == ["tag", "a#b", "#c"])
    }

    @Test func unterminatedQuoteNamesTheColumnWhereItOpened() {
        #expect(throws: CommandError(
            "the quote \" opened here is never closed", hint: "add the closing \"",
            at: SourceLocation(column: 10), kind: .usage)) {
            try Tokenizer.words(#"pipeline "run x"#)
        }
        #expect(throws: CommandError(
            "the quote ' opened here is never closed", hint: "add the closing '",
            at: SourceLocation(column: 3), kind: .usage)) {
            try Tokenizer.words("a 'b c")
        }
    }

    @Test func trailingBackslashIsAnError() {
        #expect(throws: CommandError(
            "the line ends with a backslash", hint: "remove it, or write \\\\ for a backslash",
            at: SourceLocation(column: 7), kind: .usage)) {
            try Tokenizer.words("status\\")
        }
    }

    @Test func partialWordsToleratesOpenQuotesForCompletion() {
        let (words, endsInWord) = Tokenizer.partialWords("help 'con")
        #expect(words.map(\.text) == ["help", "con"])
        #expect(endsInWord)
        #expect(Tokenizer.partialWords("help ").endsInWord == false)
    }

    @Test func quotedReadsBackAsOneWord() throws {
        for text in ["plain", "two words", "it's", "", "a\"b", "tab\there", "dir/file.csv"] {
            #expect(try Tokenizer.words(Tokenizer.quoted(text)).map(\.text) == [text])
        }
        #expect(Tokenizer.quoted("dir/file.csv") == "dir/file.csv")
    }
}

@Suite struct InputLineTests {
    @Test func acceptsUTF8AndDropsACarriageReturn() throws {
        #expect(try InputLine.decode(Array("lesson café\r".utf8)) == "lesson café")
    }

    @Test func refusesALineOverTheLimit() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: InputLine.maximumBytes + 1)
        #expect(throws: InputLine.overlongError(length: InputLine.maximumBytes + 1)) { try InputLine.decode(bytes) }
        #expect((try? InputLine.decode(bytes.dropLast())) != nil)
    }

    @Test func invalidUTF8NamesTheColumnOfTheFirstBadByte() {
        let bytes = Array("héllo ".utf8) + [0xFF] + Array("x".utf8)
        #expect(throws: CommandError(
            "the line is not valid UTF-8 text", hint: "retype it, or save the script as UTF-8",
            at: SourceLocation(column: 7), kind: .usage)) { try InputLine.decode(bytes) }
    }

    @Test func controlCharactersAreRefusedButTabsAreFine() throws {
        #expect(throws: CommandError(
            "the line holds the control character U+001B", hint: "remove it; commands are plain text",
            at: SourceLocation(column: 4), kind: .usage)) { try InputLine.decode(Array("abc\u{1B}[A".utf8)) }
        #expect(try InputLine.decode(Array("a\tb".utf8)) == "a\tb")
    }
}
