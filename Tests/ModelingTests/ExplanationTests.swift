import Modeling
import Testing

@Suite("Explanations: contributions sum to the raw score")
struct ExplanationTests {
    @Test func linearContributionsSumToTheMargin() throws {
        let (matrix, scores) = try GradientBoostingTests.regressionData(rows: 300, seed: 11)
        let labels = scores.map { $0 > 0.3 ? 1.0 : 0.0 }
        let model = try LogisticRegression.fit(matrix, labels: labels)
        let margins = try model.margins(matrix)
        for row in [0, 17, 299] {
            let explanation = try model.contributions(matrix, row: row)
            #expect(explanation.bias == model.intercept)
            #expect(explanation.contributions[1] == model.coefficients[1] * matrix[row, 1])
            expectClose(explanation.bias + explanation.contributions.reduce(0, +), margins[row], relative: 0, absolute: 1e-12, "row \(row)")
        }
    }

    @Test func treePathContributionsSumToTheRawScore() throws {
        let (matrix, targets) = try GradientBoostingTests.regressionData(rows: 500, seed: 12)
        let model = try GradientBoostedTrees.fit(matrix, targets: targets, options: GradientBoostingOptions(objective: .squaredError, treeCount: 50))
        let scores = try model.rawScores(matrix)
        for row in [0, 123, 499] {
            let explanation = try model.contributions(matrix, row: row)
            #expect(explanation.rawScore == scores[row])
            expectClose(explanation.bias + explanation.contributions.reduce(0, +), scores[row], relative: 0, absolute: 1e-12, "row \(row)")
            #expect(abs(explanation.contributions[2]) < abs(explanation.contributions[0]) + abs(explanation.contributions[1]),
                "the noise feature x2 explains less than the signal features")
        }
    }
}
