import Modeling

extension ModelTestSuite {
    /// Scores the first rows with the model in memory and with the packaged one; they must agree.
    func smoke(_ test: ModelTest, data: Dataset, scorer: Scorer, packagedScorer: Scorer?) throws(TestFailure) -> ModelTestResult {
        guard let packagedScorer else { throw TestFailure("no packaged model was given to test") }
        guard data.rowCount > 0 else { throw TestFailure("the test data has no rows") }
        let count = min(Self.smokeRows, data.rowCount)
        let head: Dataset
        do {
            head = try data.rows(0..<count)
        } catch {
            throw TestFailure(error.message)
        }
        let packaged = try Self.score(head, with: packagedScorer, who: "the packaged model")
        if let bad = packaged.firstIndex(where: { !$0.isFinite }) {
            throw TestFailure("the packaged model gave a score that is not finite at row \(bad + 1)")
        }
        let inMemory = try Self.score(head, with: scorer)
        let (largest, row) = try Self.largestChange(from: inMemory, to: packaged)
        guard largest <= Self.smokeTolerance else {
            return ModelTestResult(
                name: test.name, kind: .smoke, passed: false, measured: largest,
                detail: "the packaged model's score at row \(row + 1) differs by \(CheckText.measured(largest)) from the model in memory "
                    + "(allowed \(CheckText.exact(Self.smokeTolerance)))")
        }
        return ModelTestResult(
            name: test.name, kind: .smoke, passed: true, measured: largest,
            detail: "the packaged model gives the same \(count) scores as the model in memory "
                + "(largest difference \(CheckText.measured(largest)))")
    }
}
