import Modeling
import Testing
import Values

@testable import Sandbox

/// A model's hash is SHA-256 of its packaged JSON. The packaged value is built straight from the
/// model's document; it must be the value the document's JSON text (Foundation's encoder, keys
/// sorted) reads back as, so hashes stay what they were.
@Suite struct ModelDocumentValueTests {
    /// The packaged text of the value Foundation's JSON of the document reads back as.
    private func throughJSON(_ document: ModelDocument) throws -> String {
        JSONWriter(indent: 0).string(try JSONReader(maximumBytes: 1 << 26, maximumDepth: 32).parse(try document.jsonBytes()))
    }

    private func direct(_ document: ModelDocument) throws -> String {
        JSONWriter(indent: 0).string(try TrainedModel.value(of: document))
    }

    @Test func edgeNumbersReadBackAsTheJSONTextGivesThem() throws {
        let numbers: [Double] = [
            0, -0.0, 1, -1, 1.5, 1e20, 1e16, 9_007_199_254_740_992, 4_503_599_627_370_497, 1e-7, 0.1, 123_456_789,
            1e300, -1e-300, 2.5e15, 1e15, 1e17, 9_999_999_999_999_998, -3.0e-5, .pi, 0.30000000000000004,
        ]
        let document = ModelDocument(
            kind: "gradientBoostedTrees", numbers: ["value": numbers, "baseScore": [-2.4], "Zed": [], "a10": [2], "a2": [3]],
            integers: ["left": [1, -1, 0, Int.max, Int.min]], texts: ["featureNames": ["é", "a b", "\"q\"", ""]])
        #expect(try direct(document) == throughJSON(document))
    }

    @Test func everyKindOfTrainedModelReadsBackTheSame() throws {
        var world = World(seed: 3)
        let data = try FraudScenario().generate(days: 2, startTime: World.startTime, seed: 3)
        for kind in [ModelKind.logisticRegression, .gbdt, .linearRegression] {
            let target = kind == .linearRegression ? FraudScenario.ColumnName.amount : FraudScenario.ColumnName.isFraud
            let model = try ModelTrainer.train(data, target: target, kind: kind, options: TrainingOptions(treeCount: 5))
            let estimator: ModelDocument
            switch model.estimator {
            case .logistic(let fitted): estimator = fitted.document
            case .linear(let fitted): estimator = fitted.document
            case .boosted(let fitted): estimator = fitted.document
            }
            #expect(try direct(estimator) == throughJSON(estimator), "\(kind)")
            #expect(try direct(model.pipeline.document) == throughJSON(model.pipeline.document), "\(kind) pipeline")
            _ = try world.artifacts.store(model)
        }
    }

    @Test func aNumberJSONCannotHoldIsAnError() {
        let document = ModelDocument(kind: "logisticRegression", numbers: ["coefficients": [1, .nan]])
        #expect(throws: SandboxError.self) { try TrainedModel.value(of: document) }
    }
}
