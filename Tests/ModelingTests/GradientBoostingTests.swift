import Glibc
import Modeling
import Stats
import Testing

@Suite("Gradient-boosted trees")
struct GradientBoostingTests {
    /// Seeded regression data: y = sin(3·x0) + x1² + noise, x uniform on [−1, 1].
    static func regressionData(rows: Int, seed: UInt64) throws -> (FeatureMatrix, [Double]) {
        var generator = SeededGenerator(seed: seed, stream: "gbdt")
        var values: [Double] = []
        var targets: [Double] = []
        for _ in 0..<rows {
            let x0 = 2 * generator.nextUniform() - 1
            let x1 = 2 * generator.nextUniform() - 1
            let x2 = 2 * generator.nextUniform() - 1
            values += [x0, x1, x2]
            targets.append(sin(3 * x0) + x1 * x1 + 0.1 * NormalDistribution.standardSample(using: &generator))
        }
        return (try FeatureMatrix(rowCount: rows, values: values, names: ["x0", "x1", "x2"]), targets)
    }

    @Test func fitsAStepFunction() throws {
        let x = (0..<200).map { Double($0) / 200 }
        let y = x.map { $0 < 0.5 ? 0.0 : 10.0 }
        let matrix = try FeatureMatrix(rowCount: 200, values: x, names: ["x"])
        let model = try GradientBoostedTrees.fit(matrix, targets: y, options: GradientBoostingOptions(objective: .squaredError, treeCount: 100, maximumDepth: 1))
        #expect(try rootMeanSquaredError(actual: y, predicted: model.predict(matrix)) < 0.01)
        let threshold = model.trees[0].threshold[0]
        #expect(threshold > 0.495 && threshold < 0.5, "the first split falls between 0.495 and 0.5, got \(threshold)")
        #expect(zip(model.trainingLoss, model.trainingLoss.dropFirst()).allSatisfy { $0 >= $1 })
    }

    @Test("beats the constant baseline by a set margin on a seeded set")
    func beatsBaseline() throws {
        let (train, trainY) = try Self.regressionData(rows: 2000, seed: 1)
        let (test, testY) = try Self.regressionData(rows: 1000, seed: 2)
        let model = try GradientBoostedTrees.fit(train, targets: trainY, options: GradientBoostingOptions(objective: .squaredError))
        let trainMean = trainY.reduce(0, +) / Double(trainY.count)
        let baseline = try rootMeanSquaredError(actual: testY, predicted: [Double](repeating: trainMean, count: testY.count))
        let boosted = try rootMeanSquaredError(actual: testY, predicted: model.predict(test))
        #expect(boosted < 0.5 * baseline, "boosted RMSE \(boosted) vs constant \(baseline)")
    }

    @Test func classifiesBetterThanThePositiveRate() throws {
        let (train, trainScores) = try Self.regressionData(rows: 2000, seed: 3)
        let labels = trainScores.map { $0 > 0.3 ? 1.0 : 0.0 }
        let model = try GradientBoostedTrees.fit(train, targets: labels, options: GradientBoostingOptions(objective: .binaryLogLoss))
        let rate = labels.reduce(0, +) / Double(labels.count)
        let baseline = try logLoss(labels: labels, probabilities: [Double](repeating: rate, count: labels.count))
        let probabilities = try model.predict(train)
        #expect(try logLoss(labels: labels, probabilities: probabilities) < baseline - 0.3)
        #expect(try rocAUC(labels: labels, scores: probabilities) > 0.9)
    }

    @Test("same data → same model bytes")
    func deterministic() throws {
        let (train, y) = try Self.regressionData(rows: 500, seed: 4)
        let first = try GradientBoostedTrees.fit(train, targets: y, options: GradientBoostingOptions(objective: .squaredError, treeCount: 20))
        let second = try GradientBoostedTrees.fit(train, targets: y, options: GradientBoostingOptions(objective: .squaredError, treeCount: 20))
        #expect(try first.document.jsonBytes() == second.document.jsonBytes())
        let restored = try GradientBoostedTrees(document: ModelDocument(jsonBytes: first.document.jsonBytes()))
        #expect(restored == first)
        #expect(try restored.predict(train) == first.predict(train))
    }
}
