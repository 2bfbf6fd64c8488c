import Modeling
import Stats
import Testing

@Suite("Dataset")
struct DatasetTests {
    private func small() throws -> Dataset {
        try Dataset(columns: [
            Column(name: "x", values: .numeric([1.5, .nan])),
            Column(name: "c", values: .categorical(labels: ["a", nil])),
            Column(name: "b", values: .boolean([true, nil])),
            Column(name: "t", values: .timestamp([5, nil])),
        ])
    }

    @Test("content hash follows the documented encoding (value computed independently with Python hashlib)")
    func contentHashKnownValue() throws {
        #expect(try small().contentHash == "32658f003c423ff7f204ab5a411c5402724da9b3d4e0dfb99be2b8975e1fe7be")
    }

    @Test func contentHashCanonicalisesNaNButNotSignedZero() throws {
        let payloadNaN = Double(bitPattern: 0x7FF8_0000_0000_00AB)
        let a = try Dataset(columns: [Column(name: "x", values: .numeric([.nan, 0.0]))])
        let b = try Dataset(columns: [Column(name: "x", values: .numeric([payloadNaN, 0.0]))])
        let c = try Dataset(columns: [Column(name: "x", values: .numeric([.nan, -0.0]))])
        #expect(a.contentHash == b.contentHash)
        #expect(a.contentHash != c.contentHash)
    }

    @Test func contentHashIgnoresDictionaryCodesAndRoles() throws {
        let a = try Dataset(columns: [Column(name: "c", values: .categorical(codes: [0, 1], categories: ["p", "q"]))])
        let b = try Dataset(columns: [Column(name: "c", role: .target, values: .categorical(codes: [1, 2], categories: ["o", "p", "q"]))])
        #expect(a.contentHash == b.contentHash)
    }

    @Test func sameSeedSameHash() throws {
        func generated(seed: UInt64) throws -> Dataset {
            var generator = SeededGenerator(seed: seed, stream: "dataset")
            return try Dataset(columns: [Column(name: "v", values: .numeric((0..<1000).map { _ in generator.nextUniform() }))])
        }
        #expect(try generated(seed: 7).contentHash == generated(seed: 7).contentHash)
        #expect(try generated(seed: 7).contentHash != generated(seed: 8).contentHash)
    }

    @Test func slicingSelectingFilteringAppending() throws {
        let data = try small()
        #expect(try data.rows(0..<1).rowCount == 1)
        #expect(try data.select(columns: ["t", "x"]).columns.map(\.name) == ["t", "x"])
        #expect(try data.filter(rows: [1, 0, 0]).columns[2].values == .boolean([nil, true, true]))
        let other = try Dataset(columns: [
            Column(name: "x", values: .numeric([3])), Column(name: "c", values: .categorical(labels: ["0"])),
            Column(name: "b", values: .boolean([false])), Column(name: "t", values: .timestamp([9])),
        ])
        let joined = try data.appending(other)
        #expect(joined.rowCount == 3)
        #expect(joined.columns[1].values == .categorical(codes: [1, -1, 0], categories: ["0", "a"]))
    }

    @Test func appendingRequiresMatchingSchema() throws {
        let other = try Dataset(columns: [Column(name: "x", values: .categorical(labels: ["a"]))])
        #expect(throws: ModelingError(.schemaMismatch, "cannot append: this dataset has 4 columns, the other has 1")) {
            try small().appending(other)
        }
        let swapped = try small().select(columns: ["c", "x", "b", "t"])
        #expect(throws: ModelingError(.schemaMismatch, "cannot append: column 1 is 'x' (numeric, feature) here but 'c' (categorical, feature) in the other")) {
            try small().appending(swapped)
        }
    }

    @Test func capsAreNamed() throws {
        let wide = (0...Dataset.maximumColumnCount).map { Column(name: "c\($0)", values: .numeric([1])) }
        #expect(throws: ModelingError(.capExceeded, "a dataset has 1001 columns; the cap is 1000 columns")) { try Dataset(columns: wide) }
        let tall = [Column(name: "x", values: .numeric([Double](repeating: 0, count: Dataset.maximumRowCount + 1)))]
        #expect(throws: ModelingError(.capExceeded, "a dataset has 5000001 rows; the cap is 5000000 rows")) { try Dataset(columns: tall) }
    }

    @Test func lengthMismatchAndDuplicatesAreErrors() {
        #expect(throws: ModelingError.self) {
            try Dataset(columns: [Column(name: "a", values: .numeric([1])), Column(name: "b", values: .numeric([1, 2]))])
        }
        #expect(throws: ModelingError(.schemaMismatch, "column name 'a' appears more than once")) {
            try Dataset(columns: [Column(name: "a", values: .numeric([1])), Column(name: "a", values: .numeric([2]))])
        }
    }

    @Test func summary() throws {
        let data = try Dataset(columns: [
            Column(name: "x", values: .numeric([1, 2, 3, 4, .nan])),
            Column(name: "c", values: .categorical(labels: ["b", "a", "b", nil, "c"])),
        ])
        let summary = data.summary()
        #expect(summary[0].count == 4 && summary[0].missing == 1)
        #expect(summary[0].mean == 2.5)
        expectClose(try #require(summary[0].standardDeviation), 1.2909944487358056, relative: 1e-15, "std")
        #expect(summary[0].minimum == 1)
        #expect(summary[0].quantiles == [1.75, 2.5, 3.25, 4])
        #expect(summary[0].distinctCount == 4)
        #expect(summary[1].missing == 1 && summary[1].distinctCount == 3)
        #expect(summary[1].topCategories == [CategoryCount(category: "b", count: 2), CategoryCount(category: "a", count: 1), CategoryCount(category: "c", count: 1)])
    }

    @Test func targetValues() throws {
        let data = try Dataset(columns: [
            Column(name: "x", values: .numeric([1, 2])), Column(name: "y", role: .target, values: .categorical(labels: ["yes", "no"])),
        ])
        #expect(try data.targetValues() == [1, 0])
        #expect(throws: ModelingError(.schemaMismatch, "expected exactly one column with role 'target', found 0")) {
            try data.settingRole(.feature, forColumn: "y").targetValues()
        }
    }
}
