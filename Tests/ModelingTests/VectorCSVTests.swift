import Modeling
import Testing

@Suite("CSV parsing against Python's csv module")
struct VectorCSVTests {
    @Test("field grid matches", arguments: VectorFile.shared.csv.map(\.name))
    func fields(name: String) throws {
        let fixture = try #require(VectorFile.shared.csv.first { $0.name == name })
        var overrides: [String: ColumnType] = [:]
        for column in fixture.header { overrides[column] = .categorical }
        let dataset = try CSVReader.parse(bytes: Array(fixture.text.utf8), fileName: "case.csv", options: CSVReadOptions(typeOverrides: overrides))
        #expect(dataset.columns.map(\.name) == fixture.header)
        #expect(dataset.rowCount == fixture.rows.count)
        for (index, column) in dataset.columns.enumerated() {
            guard case .categorical(let codes, let categories) = column.values else {
                Issue.record("column \(column.name) is not categorical")
                continue
            }
            let cells = codes.map { $0 < 0 ? "" : categories[Int($0)] }
            #expect(cells == fixture.rows.map { $0[index] }, "column \(column.name)")
        }
    }
}
