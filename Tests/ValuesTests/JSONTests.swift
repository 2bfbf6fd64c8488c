import Testing
@testable import Values

@Suite struct JSONWriterTests {
    @Test func writesFieldsInOrderWithIndentation() {
        let value = Value.object(["b": 1, "a": .list(["x", true, .null]), "c": .object([])])
        #expect(JSONWriter().string(value) == """
            {
              "b": 1,
              "a": [
                "x",
                true,
                null
              ],
              "c": {}
            }
            """)
        #expect(JSONWriter(indent: 0).string(value) == #"{"b":1,"a":["x",true,null],"c":{}}"#)
    }

    @Test func escapesControlCharactersQuotesAndBackslashes() {
        let text = "a\"b\\c\nd\u{1B}[31m\u{7F}"
        #expect(JSONWriter(indent: 0).string(.string(text)) == #""a\"b\\c\nd\u001b[31m\u007f""#)
    }

    @Test func writesNumbersShortestAndNonFiniteAsNull() {
        #expect(JSONWriter.number(0.1) == "0.1")
        #expect(JSONWriter.number(3) == "3")
        #expect(JSONWriter.number(-2.5e-12) == "-2.5e-12")
        #expect(JSONWriter.number(.nan) == "null")
        #expect(JSONWriter.number(.infinity) == "null")
    }
}

@Suite struct JSONReaderTests {
    @Test func readsBackWhatTheWriterWrites() throws {
        let value = Value.object([
            "name": "Ünïcødé ✓ \u{1F600}", "n": 42, "x": -0.125, "big": 1e300, "flags": [true, false, .null],
            "nested": .object(["empty": .list([]), "text": "tab\there"]),
        ])
        #expect(try JSONReader().parse(JSONWriter().string(value)) == value)
        #expect(try JSONReader().parse(JSONWriter(indent: 0).string(value)) == value)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try JSONReader().parse(#""\u00e9\ud83d\ude00\/\b""#) == .string("é😀/\u{8}"))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "expected a field name in double quotes"),
        ("[1, 2\n, x]", 2, 3, "expected a value (object, list, string, number, true, false or null)"),
        ("\"open", 1, 1, "a string is not closed"),
        ("{\"a\" 1}", 1, 6, "expected ':' after a field name"),
        ("[1] 2", 1, 5, "unexpected text after the JSON value"),
        ("\"\\q\"", 1, 2, "unknown escape '\\q'"),
        ("[-012]", 1, 2, "a number cannot start with 0 followed by digits"),
        ("tru", 1, 1, "expected 'true'"),
        ("\"\\ud800\"", 1, 8, "a high surrogate must be followed by a low surrogate"),
    ])
    func reportsWhereADocumentIsBroken(text: String, line: Int, column: Int, message: String) {
        #expect(throws: JSONError(message: message, line: line, column: column)) {
            try JSONReader().parse(text)
        }
    }

    @Test func refusesDeepNestingAndOversizedDocuments() {
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(throws: JSONError(message: "nesting is deeper than 64 levels", line: 1, column: 65)) {
            try JSONReader().parse(deep)
        }
        let shallowEnough = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect((try? JSONReader().parse(shallowEnough)) != nil)
        #expect(throws: JSONError(message: "the document is 11 bytes, over the limit of 10 bytes", line: 1, column: 1)) {
            try JSONReader(maximumBytes: 10).parse("[1,2,3,4,5]")
        }
    }

    @Test func refusesInvalidUTF8InsideStrings() {
        #expect(throws: JSONError(message: "a string holds invalid UTF-8", line: 1, column: 2)) {
            try JSONReader().parse([0x22, 0xFF, 0x22])
        }
    }

    @Test func keepsIntegersApartFromDoubles() throws {
        #expect(try JSONReader().parse("[7, 7.0, 7e0, -0]") == [.int(7), .double(7), .double(7), .int(0)])
        #expect(try JSONReader().parse("123456789012345678901234567890") == .double(1.2345678901234568e29))
    }
}

@Suite struct ValueAccessTests {
    @Test func readsFieldsAndScalars() {
        let value = Value.object(["a": 1, "b": "x", "c": 2.0, "d": 2.5])
        #expect(value["a"]?.intValue == 1)
        #expect(value["b"]?.stringValue == "x")
        #expect(value["c"]?.intValue == 2)
        #expect(value["d"]?.intValue == nil)
        #expect(value["d"]?.doubleValue == 2.5)
        #expect(value["missing"] == nil)
        #expect(Value.string("x")["a"] == nil)
    }
}
