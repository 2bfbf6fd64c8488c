import Modeling
import Testing

@Suite("CSV writing")
struct CSVWriterTests {
    private func sample() throws -> Dataset {
        try Dataset(columns: [
            Column(name: "amount", values: .numeric([0.1, -1e-300, .nan, 12345678.9])),
            Column(name: "note, with comma", values: .categorical(labels: ["plain", "has \"quotes\"", "two\nlines", nil])),
            Column(name: "flag", values: .boolean([true, nil, false, true])),
            Column(name: "when", values: .timestamp([0, 1_704_164_645, nil, -86_400])),
        ])
    }

    @Test func roundTripsValuesAndHash() throws {
        let original = try sample()
        let text = CSVWriter().text(for: original)
        let read = try CSVReader.parse(
            bytes: Array(text.utf8), fileName: "round.csv",
            options: CSVReadOptions(typeOverrides: ["when": .timestamp]))
        #expect(read.contentHash == original.contentHash)
        #expect(read.columns.map(\.values.type) == original.columns.map(\.values.type))
    }

    @Test func quotesOnlyWhenNeeded() throws {
        let text = CSVWriter().text(for: try sample())
        #expect(text.hasPrefix("amount,\"note, with comma\",flag,when\n0.1,plain,true,1970-01-01T00:00:00Z\n"))
        #expect(text.contains("\"has \"\"quotes\"\"\""))
    }

    @Test func spreadsheetSafeEscapesFormulaCellsOnlyWhenAsked() throws {
        let dataset = try Dataset(columns: [Column(name: "c", values: .categorical(labels: ["=SUM(A1)", "@x", "-1", "ok"]))])
        #expect(CSVWriter().text(for: dataset) == "c\n=SUM(A1)\n@x\n-1\nok\n")
        #expect(CSVWriter(spreadsheetSafe: true).text(for: dataset) == "c\n'=SUM(A1)\n'@x\n'-1\nok\n")
    }
}
