import Modeling
import Testing

/// Where missing values (NaN) go in a boosted tree, as scikit-learn's HistGradientBoosting* decides.
@Suite("Gradient-boosted trees: missing values")
struct GradientBoostingMissingValueTests {
    static func stumps(_ values: [Double], _ targets: [Double]) throws -> GradientBoostedTrees {
        let matrix = try FeatureMatrix(rowCount: values.count, values: values, names: ["x"])
        return try GradientBoostedTrees.fit(
            matrix, targets: targets,
            options: GradientBoostingOptions(objective: .squaredError, treeCount: 3, maximumDepth: 1, minimumSamplesPerLeaf: 1))
    }

    static func predict(_ model: GradientBoostedTrees, _ values: [Double]) throws -> [Double] {
        try model.predict(try FeatureMatrix(rowCount: values.count, values: values, names: ["x"]))
    }

    @Test("with none in training, missing values go to the child that got more rows")
    func followTheLargerChild() throws {
        let model = try Self.stumps((0..<10).map(Double.init), [0, 0, 0, 5, 5, 5, 5, 5, 5, 5])
        #expect(model.trees[0].missingGoesLeft[0] == false, "3 rows go left, 7 right")
        let predictions = try Self.predict(model, [.nan, 0, 9])
        #expect(predictions[0] == predictions[2])
        #expect(predictions[0] != predictions[1])
    }

    @Test("with some in training, the side that lowers the loss more is learned")
    func learnTheirSide() throws {
        let present = (0..<20).map(Double.init)
        let steps = present.map { $0 < 10 ? 0.0 : 5.0 }
        let missing = [Double](repeating: .nan, count: 6)
        let withHigh = try Self.stumps(present + missing, steps + [Double](repeating: 5, count: 6))
        let high = try Self.predict(withHigh, [.nan, 0, 15])
        #expect(withHigh.trees[0].missingGoesLeft[0] == false)
        #expect(high[0] == high[2] && high[0] != high[1])
        let withLow = try Self.stumps(present + missing, steps + [Double](repeating: 0, count: 6))
        let low = try Self.predict(withLow, [.nan, 0, 15])
        #expect(withLow.trees[0].missingGoesLeft[0] == true)
        #expect(low[0] == low[1] && low[0] != low[2])
    }

    @Test("a split can separate missing values from all others, and survives saving")
    func separateMissingFromPresent() throws {
        let present = (0..<20).map(Double.init)
        let model = try Self.stumps(present + [Double](repeating: .nan, count: 8), [Double](repeating: 0, count: 20) + [Double](repeating: 10, count: 8))
        #expect(model.trees[0].threshold[0] == .infinity)
        #expect(model.trees[0].missingGoesLeft[0] == false)
        let predictions = try Self.predict(model, [.nan, 5, 1e6])
        #expect(predictions[0] > predictions[1])
        #expect(predictions[1] == predictions[2], "values beyond the training range are still present values")
        let restored = try GradientBoostedTrees(document: ModelDocument(jsonBytes: model.document.jsonBytes()))
        #expect(restored == model)
    }

    @Test("a document without missing directions sends missing values left, as models saved before did")
    func readOlderDocuments() throws {
        let model = try Self.stumps((0..<10).map(Double.init), [0, 0, 0, 5, 5, 5, 5, 5, 5, 5])
        var document = model.document
        document.integers["missingGoesLeft"] = nil
        let restored = try GradientBoostedTrees(document: document)
        #expect(restored.trees.allSatisfy { $0.missingGoesLeft.allSatisfy { $0 } })
        let predictions = try Self.predict(restored, [.nan, 0])
        #expect(predictions[0] == predictions[1])
    }
}
