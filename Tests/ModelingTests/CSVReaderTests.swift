import Modeling
import Testing

@Suite("CSV reading and type inference")
struct CSVReaderTests {
    private func parse(_ text: String, _ options: CSVReadOptions = CSVReadOptions()) throws -> Dataset {
        try CSVReader.parse(bytes: Array(text.utf8), fileName: "t.csv", options: options)
    }

    @Test func infersNumericBooleanAndCategorical() throws {
        let dataset = try parse("n,b,c\n 1.5 ,TRUE,x\n-2e3,false,y\n,,x\n")
        #expect(dataset.columns.map(\.values.type) == [.numeric, .boolean, .categorical])
        guard case .numeric(let numbers) = dataset.columns[0].values else { Issue.record("not numeric"); return }
        #expect(numbers[0] == 1.5 && numbers[1] == -2000 && numbers[2].isNaN)
        #expect(dataset.columns[1].values == .boolean([true, false, nil]))
        #expect(dataset.columns[2].values == .categorical(codes: [0, 1, 0], categories: ["x", "y"]))
    }

    @Test func nonFiniteSpellingsAreMissingNumbers() throws {
        let dataset = try parse("x\n1\nnan\n-Inf\nInfinity\n1e999\n")
        guard case .numeric(let numbers) = dataset.columns[0].values else { Issue.record("not numeric"); return }
        #expect(numbers[0] == 1)
        #expect(numbers[1...].allSatisfy { $0.isNaN })
    }

    @Test func hexAndWordsAreNotNumbers() throws {
        #expect((try parse("x\n0x10\n1\n")).columns[0].values.type == .categorical)
        #expect((try parse("x\n1.\n.5\n")).columns[0].values.type == .numeric)
    }

    @Test func byteOrderMarkIsDropped() throws {
        let dataset = try CSVReader.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("a,b\n1,2\n".utf8), fileName: "t.csv")
        #expect(dataset.columns.map(\.name) == ["a", "b"])
    }

    @Test func timestampOverride() throws {
        let dataset = try parse("t\n2024-01-02T03:04:05Z\n1700000000\n2024-02-29\n\n1969-12-31 23:59:59\n", CSVReadOptions(typeOverrides: ["t": .timestamp]))
        #expect(dataset.columns[0].values == .timestamp([1_704_164_645, 1_700_000_000, 1_709_164_800, -1]))
    }

    @Test func categoriesAreSortedWhateverTheirOrderInTheFile() throws {
        let dataset = try parse("c\nzebra\napple\nmango\napple\n")
        #expect(dataset.columns[0].values == .categorical(codes: [2, 0, 1, 0], categories: ["apple", "mango", "zebra"]))
    }
}
