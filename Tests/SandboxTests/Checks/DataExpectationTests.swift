import Modeling
import Testing
@testable import Sandbox

@Suite struct DataExpectationTests {
    /// Ten rows with hand-counted problems.
    let data: Dataset

    init() throws {
        data = try Dataset(columns: [
            Column(name: "amount", values: .numeric([-5, -1, 0, 1, 2, 3, 4, 5, 6, 7])),
            Column(name: "score", values: .numeric([0.1, .nan, 0.3, .nan, 0.5, 0.6, .nan, 0.8, 0.9, 1])),
            Column(name: "merchant", values: .categorical(labels: [
                "grocery", "grocery", "travel", "crypto", "grocery", "grocery", "travel", "gambling", "grocery", "grocery",
            ])),
            Column(name: "card", values: .numeric([1, 2, 3, 3, 4, 5, 5, 5, 6, 7])),
            Column(name: "present", values: .boolean([true, true, false, true, nil, true, true, true, true, true])),
            Column(name: "seen_at", values: .timestamp([10, 20, 30, 40, 50, 60, 70, 80, 90, nil])),
        ])
    }

    @Test func valuesBelowMinAndAboveMaxAreCountedAsShares() {
        let anomalies = DataExpectation(column: "amount", minimum: 0, maximum: 5).anomalies(in: data)
        #expect(anomalies == [
            DataAnomaly(column: "amount", kind: .outOfRange, description: "amount: 2 values below min 0 (20.0 %), lowest -5", measured: 0.2),
            DataAnomaly(column: "amount", kind: .outOfRange, description: "amount: 2 values above max 5 (20.0 %), highest 7", measured: 0.2),
        ])
        #expect(DataExpectation(column: "amount", minimum: -5, maximum: 7).anomalies(in: data).isEmpty)
        // Missing values are not out of range; the share is of the values present.
        #expect(DataExpectation(column: "score", minimum: 0.2).anomalies(in: data).map(\.measured) == [1.0 / 7.0])
        #expect(DataExpectation(column: "seen_at", maximum: 85).anomalies(in: data).map(\.description) == [
            "seen_at: 1 value above max 85 (11.1 %), highest 90",
        ])
    }

    @Test func theNullRateIsAShareOfAllRows() {
        #expect(DataExpectation(column: "score", maximumNullRate: 0.2).anomalies(in: data) == [
            DataAnomaly(
                column: "score", kind: .tooManyNulls, description: "score: null rate 30.0 % above max 20.0 % (3 of 10 rows)", measured: 0.3),
        ])
        #expect(DataExpectation(column: "score", maximumNullRate: 0.3).anomalies(in: data).isEmpty)
        #expect(DataExpectation(column: "present", maximumNullRate: 0).anomalies(in: data).map(\.measured) == [0.1])
    }

    @Test func categoriesOutsideAllowedAreListedMostFrequentFirst() {
        #expect(DataExpectation(column: "merchant", allowed: ["grocery", "travel"]).anomalies(in: data) == [
            DataAnomaly(
                column: "merchant", kind: .unexpectedCategory,
                description: "merchant: 2 values outside allowed (20.0 %): crypto (1), gambling (1)", measured: 0.2),
        ])
        #expect(DataExpectation(column: "merchant", allowed: ["grocery"]).anomalies(in: data).map(\.description) == [
            "merchant: 4 values outside allowed (40.0 %): travel (2), crypto (1), gambling (1)",
        ])
        #expect(DataExpectation(column: "present", allowed: ["true"]).anomalies(in: data).map(\.description) == [
            "present: 1 value outside allowed (11.1 %): false (1)",
        ])
    }

    @Test func repeatedValuesBreakUniqueness() {
        #expect(DataExpectation(column: "card", unique: true).anomalies(in: data) == [
            DataAnomaly(column: "card", kind: .duplicateValues, description: "card: 3 duplicate values (30.0 %), e.g. 3", measured: 0.3),
        ])
        #expect(DataExpectation(column: "amount", unique: true).anomalies(in: data).isEmpty)
        #expect(DataExpectation(column: "merchant", unique: true).anomalies(in: data).map(\.measured) == [0.6])
    }

    @Test func aMissingColumnOrWrongTypeIsReportedWithoutAMeasure() {
        #expect(DataExpectation(column: "amont", minimum: 0).anomalies(in: data) == [
            DataAnomaly(column: "amont", kind: .missingColumn, description: "amont: no such column; did you mean 'amount'?", measured: nil),
        ])
        #expect(DataExpectation(column: "amount", type: .categorical, minimum: 0, allowed: ["a"]).anomalies(in: data) == [
            DataAnomaly(column: "amount", kind: .wrongType, description: "amount: expected categorical, found numeric", measured: nil),
            DataAnomaly(column: "amount", kind: .outOfRange, description: "amount: 2 values below min 0 (20.0 %), lowest -5", measured: 0.2),
        ])
        #expect(DataExpectation(column: "merchant", maximum: 3).anomalies(in: data).map(\.description) == [
            "merchant: min and max need a numeric column, found categorical",
        ])
        #expect(DataExpectation(column: "amount", allowed: ["1"]).anomalies(in: data).map(\.description) == [
            "amount: allowed needs a categorical or boolean column, found numeric",
        ])
        #expect(DataExpectation(column: "amount", type: .numeric).anomalies(in: data).isEmpty)
    }

    @Test func theReportChecksRowsThenEachExpectation() {
        let validation = DataValidation(
            rows: RowCountExpectation(minimum: 20, maximum: 5),
            expectations: [DataExpectation(column: "amount", minimum: 0), DataExpectation(column: "card", type: .numeric)])
        let report = validation.validate(data)
        #expect(report.rowCount == 10)
        #expect(!report.passed)
        #expect(report.anomalies.map(\.description) == [
            "rows: 10 rows, below min 20", "rows: 10 rows, above max 5", "amount: 2 values below min 0 (20.0 %), lowest -5",
        ])
        #expect(report.anomalies.map(\.kind) == [.tooFewRows, .tooManyRows, .outOfRange])
        #expect(report.anomalies.first?.column == nil)
        #expect(report.anomalies.first?.measured == 10)
        #expect(DataValidation(rows: RowCountExpectation(minimum: 10, maximum: 10)).validate(data).passed)
    }

    @Test func aTinyShareIsNotShownAsZero() {
        #expect(CheckText.percent(0.0004) == "< 0.1 %")
        #expect(CheckText.percent(0.004) == "0.4 %")
        #expect(CheckText.percent(0) == "0.0 %")
    }
}
