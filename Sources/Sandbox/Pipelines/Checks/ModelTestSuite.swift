import Modeling
import Stats

/// Runs a `test` step's ML tests against a model, like a test runner: every test gives a result,
/// and a test that cannot run (a missing column, a scorer that throws) fails with the reason.
public struct ModelTestSuite: Sendable, Equatable {
    /// Scores a dataset, one score per row in row order: P(label = 1) for a classifier, the
    /// prediction for a regressor. Any error it throws fails the test that called it, with the
    /// error's description in the detail.
    public typealias Scorer = (Dataset) throws -> [Double]

    /// The tests, run in this order.
    public var tests: [ModelTest]
    /// The seed of the invariance tests' shuffles (stream `model-tests.invariance.FEATURE`).
    public var seed: UInt64

    /// The rows a smoke test scores.
    public static let smokeRows = 100
    /// How far a packaged model's score may be from the in-memory one's.
    public static let smokeTolerance = 1e-12
    /// How far a score may move the wrong way in a directional test before it counts (rounding).
    public static let directionalSlack = 1e-9

    /// Creates a suite.
    public init(tests: [ModelTest], seed: UInt64) {
        self.tests = tests
        self.seed = seed
    }

    /// Runs every test on `data`, whose labels are in column `target`.
    ///
    /// `scorer` scores with the model in memory; `packagedScorer` with the model read back from
    /// its saved form (only smoke tests use it; without it they fail). The model scores the whole
    /// data once, and again for each perturbation.
    public func run(data: Dataset, target: String, scorer: Scorer, packagedScorer: Scorer? = nil) -> [ModelTestResult] {
        let needsScores = tests.contains { test in
            switch test.check {
            case .expect, .smoke: false
            default: true
            }
        }
        let baseline: Result<[Double], TestFailure>? = needsScores ? Result { () throws(TestFailure) in
            try Self.score(data, with: scorer)
        } : nil
        return tests.map { test in
            do throws(TestFailure) {
                return try run(test, data: data, target: target, baseline: baseline, scorer: scorer, packagedScorer: packagedScorer)
            } catch {
                return ModelTestResult(name: test.name, kind: test.check.kind, passed: false, measured: error.measured, detail: error.detail)
            }
        }
    }

    private func run(
        _ test: ModelTest, data: Dataset, target: String, baseline: Result<[Double], TestFailure>?, scorer: Scorer,
        packagedScorer: Scorer?
    ) throws(TestFailure) -> ModelTestResult {
        func scores() throws(TestFailure) -> [Double] {
            guard data.rowCount > 0 else { throw TestFailure("the test data has no rows") }
            return try (baseline ?? .failure(TestFailure("the model did not score the data"))).get()
        }
        switch test.check {
        case .expect(let expectation):
            return expect(test, expectation, data: data)
        case .smoke:
            return try smoke(test, data: data, scorer: scorer, packagedScorer: packagedScorer)
        case .minimum(let metric, let minimum, let maximum):
            return try self.minimum(test, metric, minimum, maximum, scores: try scores(), data: data, target: target)
        case .invariance(let feature, let tolerance):
            return try invariance(test, feature: feature, tolerance: tolerance, scores: try scores(), data: data, scorer: scorer)
        case .directional(let feature, let delta, let direction):
            return try directional(
                test, feature: feature, delta: delta, direction: direction, scores: try scores(), data: data, scorer: scorer)
        case .slice(let column, let metric, let maxGap, let minRows):
            return try slice(
                test, by: column, metric: metric, maxGap: maxGap, minRows: minRows, scores: try scores(), data: data, target: target)
        }
    }

    // MARK: Shared

    /// Scores `data`, checking that there is one score per row.
    static func score(_ data: Dataset, with scorer: Scorer, who: String = "the model") throws(TestFailure) -> [Double] {
        let scores: [Double]
        do {
            scores = try scorer(data)
        } catch {
            throw TestFailure("\(who) could not score the data: \(error)")
        }
        guard scores.count == data.rowCount else {
            throw TestFailure("\(who) gave \(scores.count) scores for \(data.rowCount) rows")
        }
        return scores
    }

    /// The column `name`, or a failure naming it.
    static func column(_ name: String, in data: Dataset, role: String) throws(TestFailure) -> Column {
        guard let column = data.columns.first(where: { $0.name == name }) else {
            throw TestFailure("the test data has no \(role) column '\(name)'")
        }
        return column
    }

    /// The labels in `target` as numbers (booleans as 0/1); NaN where missing.
    static func labels(_ data: Dataset, target: String) throws(TestFailure) -> [Double] {
        switch try column(target, in: data, role: "target").values {
        case .numeric(let values): return values
        case .boolean(let flags): return flags.map { $0.map { $0 ? 1 : 0 } ?? .nan }
        case let other:
            throw TestFailure("the target '\(target)' is \(other.type.rawValue); tests need numeric or boolean labels")
        }
    }

    /// The metric over the rows in `rows` that have a label.
    static func measure(_ metric: ModelMetric, labels: [Double], scores: [Double], rows: [Int]? = nil) throws(TestFailure) -> Double {
        var pickedLabels: [Double] = []
        var pickedScores: [Double] = []
        for row in rows ?? Array(labels.indices) where !labels[row].isNaN {
            pickedLabels.append(labels[row])
            pickedScores.append(scores[row])
        }
        do {
            return try metric.measure(labels: pickedLabels, scores: pickedScores)
        } catch {
            throw TestFailure("\(metric.rawValue): \(error.message)")
        }
    }

    // MARK: Expect and minimum

    private func expect(_ test: ModelTest, _ expectation: DataExpectation, data: Dataset) -> ModelTestResult {
        let anomalies = expectation.anomalies(in: data)
        return ModelTestResult(
            name: test.name, kind: .expect, passed: anomalies.isEmpty, measured: anomalies.first?.measured,
            detail: anomalies.isEmpty ? "\(expectation.column): every expectation holds" : anomalies.map(\.description).joined(separator: "; "))
    }

    private func minimum(
        _ test: ModelTest, _ metric: ModelMetric, _ minimum: Double?, _ maximum: Double?, scores: [Double], data: Dataset,
        target: String
    ) throws(TestFailure) -> ModelTestResult {
        let value = try Self.measure(metric, labels: try Self.labels(data, target: target), scores: scores)
        let shown = "\(metric.rawValue) \(CheckText.measured(value))"
        let detail: String
        var passed = true
        if let minimum, !(value >= minimum) {
            passed = false
            detail = "\(shown), below min \(CheckText.exact(minimum))"
        } else if let maximum, !(value <= maximum) {
            passed = false
            detail = "\(shown), above max \(CheckText.exact(maximum))"
        } else {
            let bounds = [minimum.map { "at least \(CheckText.exact($0))" }, maximum.map { "at most \(CheckText.exact($0))" }]
            detail = "\(shown), expected " + bounds.compactMap { $0 }.joined(separator: " and ")
        }
        return ModelTestResult(name: test.name, kind: .minimum, passed: passed, measured: value, detail: detail)
    }
}

/// Why a test failed without a verdict of its own: what went wrong, in one line.
struct TestFailure: Error {
    let detail: String
    let measured: Double?

    init(_ detail: String, measured: Double? = nil) {
        self.detail = detail
        self.measured = measured
    }
}
