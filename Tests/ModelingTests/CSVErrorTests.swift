import Modeling
import Testing

@Suite("CSV errors name file:line:column")
struct CSVErrorTests {
    private func failure(_ text: [UInt8], _ options: CSVReadOptions = CSVReadOptions()) -> String? {
        do {
            _ = try CSVReader.parse(bytes: text, fileName: "t.csv", options: options)
            return nil
        } catch {
            return error.message
        }
    }

    private func failure(_ text: String, _ options: CSVReadOptions = CSVReadOptions()) -> String? {
        failure(Array(text.utf8), options)
    }

    @Test func emptyFile() {
        #expect(failure("") == "t.csv:1:1: the file is empty; expected a header line")
    }

    @Test func headerOnly() {
        #expect(failure("a,b\n") == "t.csv:1:1: the file has a header but no data rows")
    }

    @Test func raggedRowWithTooFewFields() {
        let text = "a,b,c,d,e,f\n" + String(repeating: "1,2,3,4,5,6\n", count: 5) + "1,2,3,4,5\n"
        #expect(failure(text) == "t.csv:7:10: line 7 has 5 fields, the header has 6")
    }

    @Test func raggedRowWithTooManyFields() {
        #expect(failure("a,b\n1,2,3\n") == "t.csv:2:5: line 2 has 3 fields, the header has 2")
    }

    @Test func lineNumbersCountNewlinesInsideQuotes() {
        #expect(failure("a,b\n\"x\ny\",1\n1,2,3\n") == "t.csv:4:5: line 4 has 3 fields, the header has 2")
    }

    @Test func invalidUTF8() {
        #expect(failure(Array("a,b\n1,".utf8) + [0xFF] + Array("x\n".utf8)) == "t.csv:2:3: invalid UTF-8 (byte 0xFF)")
    }

    @Test func unclosedQuote() {
        #expect(failure("a,b\n1,\"abc\n") == "t.csv:2:3: the quoted field opened here is never closed")
    }

    @Test func textAfterClosingQuote() {
        #expect(failure("a,b\n1,\"ab\"c\n") == "t.csv:2:7: unexpected character after a closing quote; a quote inside a quoted field must be doubled")
    }

    @Test func quoteInsideUnquotedField() {
        #expect(failure("a,b\n1,ab\"c\n") == "t.csv:2:5: a quote inside an unquoted field; quote the whole field and double the quote")
    }

    @Test func fieldLengthCap() {
        #expect(failure("a,b\n1,abcd\n", CSVReadOptions(maximumFieldLength: 3)) == "t.csv:2:3: a field has 4 bytes; the cap is 3 bytes per field")
    }

    @Test func columnCap() {
        #expect(failure("a,b,c\n1,2,3\n", CSVReadOptions(maximumColumnCount: 2)) == "t.csv:1:5: the header has more than 2 columns; the cap is 2 columns")
    }

    @Test func fileSizeCap() {
        #expect(failure("a,b\n1,2\n", CSVReadOptions(maximumFileSize: 5)) == "t.csv: the file has 8 bytes; the cap is 5 bytes")
    }

    @Test func overrideCellThatDoesNotParse() {
        #expect(failure("x,y\n1,a\nabc,b\n", CSVReadOptions(typeOverrides: ["x": .numeric])) == "t.csv:3:1: column 'x': 'abc' is not a number")
        #expect(failure("x\ntrue\nyes\n", CSVReadOptions(typeOverrides: ["x": .boolean])) == "t.csv:3:1: column 'x': 'yes' is not true or false")
        #expect(
            failure("x\n2024-13-01\n", CSVReadOptions(typeOverrides: ["x": .timestamp]))
                == "t.csv:2:1: column 'x': '2024-13-01' is not a timestamp (Unix seconds, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)")
    }

    @Test func emptyAndDuplicateHeaderNames() {
        #expect(failure("a,,c\n1,2,3\n") == "t.csv:1:3: header field 2 is empty; every column needs a name")
        #expect(failure("a,b,a\n1,2,3\n") == "t.csv:1:5: header names column 'a' twice")
    }

    @Test func overrideOfUnknownColumn() {
        #expect(failure("a\n1\n", CSVReadOptions(typeOverrides: ["z": .numeric])) == "t.csv: a type override names column 'z', which the header does not have")
    }

    @Test func missingFile() {
        #expect(throws: ModelingError.self) { try CSVReader.read(path: "/nonexistent/dir/file.csv") }
    }
}
