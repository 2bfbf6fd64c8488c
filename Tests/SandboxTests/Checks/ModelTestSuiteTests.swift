import Modeling
import Stats
import Testing
@testable import Sandbox

@Suite struct ModelTestSuiteTests {
    /// 85 rows: x in 0.05…0.95, label x > 0.5, noise unrelated, group a (40), b (40), c (5, all negative).
    let data: Dataset

    init() throws {
        let rows = 0..<85
        let x = rows.map { Double(2 * ($0 % 10) + 1) / 20 }
        data = try Dataset(columns: [
            Column(name: "x", values: .numeric(x)),
            Column(name: "noise", values: .numeric(rows.map { Double(($0 * 7) % 13) })),
            Column(name: "group", values: .categorical(labels: rows.map { $0 < 40 ? "a" : ($0 < 80 ? "b" : "c") })),
            Column(name: "y", role: .target, values: .boolean(x.map { $0 > 0.5 })),
        ])
    }

    private static func numbers(_ data: Dataset, _ name: String) throws -> [Double] {
        guard case .numeric(let values) = try data.column(named: name).values else { throw ModelingError(.schemaMismatch, name) }
        return values
    }

    /// Scores by x alone: perfect ranking, ignores noise.
    private let byX: ModelTestSuite.Scorer = { data in try numbers(data, "x") }

    private func run(_ check: ModelTestCheck, scorer: ModelTestSuite.Scorer? = nil, packaged: ModelTestSuite.Scorer? = nil) -> ModelTestResult? {
        ModelTestSuite(tests: [ModelTest(name: "t", check: check)], seed: 7)
            .run(data: data, target: "y", scorer: scorer ?? byX, packagedScorer: packaged).first
    }

    @Test func minimumComparesTheMetricWithItsBounds() {
        let passing = run(.minimum(metric: .auc, min: 0.8, max: nil))
        #expect(passing == ModelTestResult(name: "t", kind: .minimum, passed: true, measured: 1, detail: "auc 1, expected at least 0.8"))
        let failing = run(.minimum(metric: .auc, min: 0.8, max: nil), scorer: { data in try Self.numbers(data, "x").map { 1 - $0 } })
        #expect(failing == ModelTestResult(name: "t", kind: .minimum, passed: false, measured: 0, detail: "auc 0, below min 0.8"))
        let loss = run(.minimum(metric: .accuracy, min: nil, max: 0.5))
        #expect(loss?.detail == "accuracy 1, above max 0.5")
        #expect(loss?.passed == false)
    }

    @Test func invarianceHoldsForAScorerThatIgnoresTheFeature() {
        #expect(run(.invariance(feature: "noise", tolerance: 0.01)) == ModelTestResult(
            name: "t", kind: .invariance, passed: true, measured: 0,
            detail: "largest score change 0 at row 1 when noise is shuffled, within tolerance 0.01"))
    }

    @Test func invarianceFailsForAScorerThatReadsTheFeature() throws {
        let result = try #require(run(.invariance(feature: "noise", tolerance: 0.01), scorer: { data in
            zip(try Self.numbers(data, "x"), try Self.numbers(data, "noise")).map { $0 + $1 / 100 }
        }))
        #expect(!result.passed)
        #expect((result.measured ?? 0) > 0.01)
        #expect(result.detail.hasSuffix("when noise is shuffled, above tolerance 0.01"))
        // The shuffle comes from the seed: the same run gives the same result.
        #expect(result == run(.invariance(feature: "noise", tolerance: 0.01), scorer: { data in
            zip(try Self.numbers(data, "x"), try Self.numbers(data, "noise")).map { $0 + $1 / 100 }
        }))
    }

    @Test func directionalCountsTheRowsThatMoveTheWrongWay() throws {
        #expect(run(.directional(feature: "x", delta: 0.1, direction: .increase)) == ModelTestResult(
            name: "t", kind: .directional, passed: true, measured: 0,
            detail: "no score went down when x changed by 0.1 (smallest change 0.1)"))
        let failing = try #require(run(.directional(feature: "x", delta: 0.1, direction: .increase), scorer: { data in
            try Self.numbers(data, "x").map { 1 - $0 }
        }))
        #expect(!failing.passed)
        #expect(failing.measured == 85)
        #expect(failing.detail.hasPrefix("85 of 85 scores went down when x changed by 0.1; worst -0.1 at row "))
        #expect(run(.directional(feature: "x", delta: 0.1, direction: .decrease))?.detail.hasPrefix("85 of 85 scores went up") == true)
        #expect(run(.directional(feature: "group", delta: 1, direction: .increase))?.detail
            == "'group' is categorical; a directional test needs a numeric feature")
    }

    @Test func aSliceWorseThanOverallIsFlaggedAndASmallSliceIsSkipped() throws {
        let passing = try #require(run(.slice(by: "group", metric: .auc, maxGap: 0.05, minRows: 30)))
        #expect(passing.passed)
        #expect(passing.detail == "auc by group: 2 slices within 0.05 of overall 1 (largest gap 0); skipped: c (5 rows, below min_rows 30)")
        #expect(passing.slices == [
            SliceMeasurement(value: "a", rows: 40, metric: 1, gap: 0, status: .within),
            SliceMeasurement(value: "b", rows: 40, metric: 1, gap: 0, status: .within),
            SliceMeasurement(value: "c", rows: 5, metric: nil, gap: nil, status: .skipped("5 rows, below min_rows 30")),
        ])

        // Group b is scored backwards: its AUC is 0.
        let failing = try #require(run(.slice(by: "group", metric: .auc, maxGap: 0.05, minRows: 5), scorer: { data in
            let x = try Self.numbers(data, "x")
            guard case .categorical(let codes, _) = try data.column(named: "group").values else { return x }
            return zip(x, codes).map { $1 == 1 ? 1 - $0 : $0 }
        }))
        #expect(!failing.passed)
        #expect(failing.slices.map(\.status) == [.within, .flagged, .skipped("one class only")])
        #expect(failing.slices[1].metric == 0)
        #expect(failing.detail.contains("1 of 2 slices worse than overall"))
        #expect(failing.detail.hasSuffix("; skipped: c (one class only)"))
    }

    @Test func aSliceOfErrorsIsWorseWhenHigher() throws {
        // Errors: 0 on group a, 0.5 on group b, so b's MAE is above overall.
        let result = try #require(run(.slice(by: "group", metric: .mae, maxGap: 0.1, minRows: 1), scorer: { data in
            guard case .categorical(let codes, _) = try data.column(named: "group").values,
                case .boolean(let labels) = try data.column(named: "y").values
            else { return [] }
            return zip(codes, labels).map { code, label in (label == true ? 1 : 0) + (code == 1 ? 0.5 : 0) }
        }))
        #expect(result.slices.map(\.status) == [.within, .flagged, .within])
        #expect(result.slices.map(\.metric) == [0, 0.5, 0])
    }

    @Test func smokeComparesThePackagedModelOnTheFirstRows() throws {
        #expect(run(.smoke, packaged: byX) == ModelTestResult(
            name: "t", kind: .smoke, passed: true, measured: 0,
            detail: "the packaged model gives the same 85 scores as the model in memory (largest difference 0)"))
        let drifted = run(.smoke, packaged: { data in
            var scores = try Self.numbers(data, "x")
            scores[2] += 0.25
            return scores
        })
        #expect(drifted == ModelTestResult(
            name: "t", kind: .smoke, passed: false, measured: 0.25,
            detail: "the packaged model's score at row 3 differs by 0.25 from the model in memory (allowed 1e-12)"))
        #expect(run(.smoke)?.detail == "no packaged model was given to test")
        #expect(run(.smoke, packaged: { data in Array(repeating: .nan, count: data.rowCount) })?.detail
            == "the packaged model gave a score that is not finite at row 1")
    }

    @Test func expectChecksTheTestData() {
        #expect(run(.expect(DataExpectation(column: "x", minimum: 0))) == ModelTestResult(
            name: "t", kind: .expect, passed: true, measured: nil, detail: "x: every expectation holds"))
        #expect(run(.expect(DataExpectation(column: "x", maximum: 0.9))) == ModelTestResult(
            name: "t", kind: .expect, passed: false, measured: 8.0 / 85.0,
            detail: "x: 8 values above max 0.9 (9.4 %), highest 0.95"))
    }

    @Test func aTestThatCannotRunFailsWithTheReason() {
        struct Boom: Error, CustomStringConvertible { var description: String { "boom" } }
        let results = ModelTestSuite(
            tests: [
                ModelTest(name: "minimum", check: .minimum(metric: .auc, min: 0.5, max: nil)),
                ModelTest(name: "expect", check: .expect(DataExpectation(column: "x"))),
            ], seed: 1
        ).run(data: data, target: "y", scorer: { _ in throw Boom() })
        #expect(results.map(\.passed) == [false, true])
        #expect(results.first?.detail == "the model could not score the data: boom")
        #expect(run(.minimum(metric: .auc, min: 0.5, max: nil), scorer: { _ in [1, 2] })?.detail == "the model gave 2 scores for 85 rows")
        #expect(run(.invariance(feature: "nope", tolerance: 0.01))?.detail == "the test data has no feature column 'nope'")
        #expect(ModelTestSuite(tests: [ModelTest(name: "m", check: .minimum(metric: .auc, min: 0.5, max: nil))], seed: 1)
            .run(data: data, target: "x2", scorer: byX).first?.detail == "the test data has no target column 'x2'")
    }

    @Test func theShuffleIsADeterministicPermutation() {
        var first = SeededGenerator(seed: 42, stream: "s")
        var second = SeededGenerator(seed: 42, stream: "s")
        var other = SeededGenerator(seed: 43, stream: "s")
        let order = seededPermutation(count: 50, generator: &first)
        #expect(order.sorted() == Array(0..<50))
        #expect(order == seededPermutation(count: 50, generator: &second))
        #expect(order != seededPermutation(count: 50, generator: &other))
        #expect(seededPermutation(count: 0, generator: &first).isEmpty)
    }
}
