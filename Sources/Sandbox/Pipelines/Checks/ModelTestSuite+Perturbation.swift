import Modeling
import Stats

extension ModelTestSuite {
    /// Shuffles `feature` across rows (a permutation from the suite's seed, stream
    /// `model-tests.invariance.FEATURE`) and finds the largest change of any score.
    func invariance(
        _ test: ModelTest, feature: String, tolerance: Double, scores: [Double], data: Dataset, scorer: Scorer
    ) throws(TestFailure) -> ModelTestResult {
        let column = try Self.column(feature, in: data, role: "feature")
        var generator = SeededGenerator(seed: seed, stream: "model-tests.invariance.\(feature)")
        let order = seededPermutation(count: data.rowCount, generator: &generator)
        let changed = try Self.score(try Self.perturbing(data, feature, column.values.reordered(order)), with: scorer)
        let (largest, row) = try Self.largestChange(from: scores, to: changed)
        let shown = "largest score change \(CheckText.measured(largest)) at row \(row + 1) when \(feature) is shuffled"
        let passed = largest <= tolerance
        return ModelTestResult(
            name: test.name, kind: .invariance, passed: passed, measured: largest,
            detail: shown + (passed ? ", within" : ", above") + " tolerance \(CheckText.exact(tolerance))")
    }

    /// Adds `delta` to the numeric `feature` and counts the scores that move against `direction`.
    func directional(
        _ test: ModelTest, feature: String, delta: Double, direction: ScoreDirection, scores: [Double], data: Dataset,
        scorer: Scorer
    ) throws(TestFailure) -> ModelTestResult {
        let column = try Self.column(feature, in: data, role: "feature")
        guard case .numeric(let values) = column.values else {
            throw TestFailure("'\(feature)' is \(column.values.type.rawValue); a directional test needs a numeric feature")
        }
        let changed = try Self.score(try Self.perturbing(data, feature, .numeric(values.map { $0 + delta })), with: scorer)
        // Only for its check: a score that is not finite fails the test before any counting.
        _ = try Self.largestChange(from: scores, to: changed)
        // For `increase` the worst row is the one whose score fell most; for `decrease`, rose most.
        let sign = direction == .increase ? 1.0 : -1.0
        var violations = 0
        var worstRow = 0
        for row in scores.indices {
            let change = sign * (changed[row] - scores[row])
            if change < -Self.directionalSlack { violations += 1 }
            if change < sign * (changed[worstRow] - scores[worstRow]) { worstRow = row }
        }
        let worst = changed[worstRow] - scores[worstRow]
        let against = direction == .increase ? "went down" : "went up"
        let moved = "when \(feature) changed by \(CheckText.exact(delta))"
        let detail = violations == 0
            ? "no score \(against) \(moved) (\(direction == .increase ? "smallest" : "largest") change \(CheckText.measured(worst)))"
            : "\(violations) of \(scores.count) scores \(against) \(moved); worst \(CheckText.measured(worst)) at row \(worstRow + 1)"
        return ModelTestResult(name: test.name, kind: .directional, passed: violations == 0, measured: Double(violations), detail: detail)
    }

    /// `data` with `feature`'s values replaced.
    static func perturbing(_ data: Dataset, _ feature: String, _ values: ColumnValues) throws(TestFailure) -> Dataset {
        do {
            return try data.replacing(column: feature, with: values)
        } catch {
            throw TestFailure("could not change '\(feature)': \(error.message)")
        }
    }

    /// The largest |after − before| and its row; a score that is not finite fails the test.
    static func largestChange(from before: [Double], to after: [Double]) throws(TestFailure) -> (Double, Int) {
        var largest = 0.0
        var largestRow = 0
        for row in before.indices {
            guard before[row].isFinite, after[row].isFinite else {
                throw TestFailure("the model gave a score that is not finite at row \(row + 1)")
            }
            let change = abs(after[row] - before[row])
            if change > largest {
                largest = change
                largestRow = row
            }
        }
        return (largest, largestRow)
    }
}
