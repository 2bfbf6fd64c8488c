import Modeling
import Values

/// A trained model on disk: the fitted feature pipeline, the estimator and what it predicts.
///
/// `{"format": "mlops-lab-model", "version": 1, "kind": …, "target": …, "trainedOn": <content hash>,
/// "pipeline": <document>, "estimator": <document>}`.
struct ModelFile {
    enum Estimator {
        case logistic(LogisticRegression)
        case linear(RidgeRegression)
        case boosted(GradientBoostedTrees)
    }

    /// `logistic-regression`, `linear-regression` or `gbdt`.
    var kind: String
    var target: String
    var trainedOn: String
    var pipeline: FeaturePipeline
    var estimator: Estimator

    /// Whether the model predicts a probability of the positive class.
    var isClassifier: Bool {
        switch estimator {
        case .logistic: true
        case .linear: false
        case .boosted(let trees): trees.objective == .binaryLogLoss
        }
    }

    /// Predictions for every row: probabilities for classifiers, values for regressors.
    func predict(_ features: FeatureMatrix) throws(ModelingError) -> [Double] {
        switch estimator {
        case .logistic(let model): return try model.probabilities(features)
        case .linear(let model): return try model.predict(features)
        case .boosted(let model): return try model.predict(features)
        }
    }

    func text() throws(CommandError) -> String {
        let estimatorDocument: ModelDocument
        switch estimator {
        case .logistic(let model): estimatorDocument = model.document
        case .linear(let model): estimatorDocument = model.document
        case .boosted(let model): estimatorDocument = model.document
        }
        let value = Value.object([
            "format": "mlops-lab-model", "version": 1, "kind": .string(kind), "target": .string(target),
            "trainedOn": .string(trainedOn),
            "pipeline": try ModelFile.value(of: pipeline.document), "estimator": try ModelFile.value(of: estimatorDocument),
        ])
        return JSONWriter().string(value) + "\n"
    }

    static func read(_ path: String) throws(CommandError) -> ModelFile {
        guard let text = try FileStore.read(path, maximumBytes: 256 * 1024 * 1024) else {
            throw CommandError("cannot read \(path): no such file")
        }
        let value: Value
        do {
            value = try JSONReader(maximumBytes: 256 * 1024 * 1024, maximumDepth: 32).parse(text)
        } catch {
            throw CommandError(error.message, at: SourceLocation(file: path, line: error.line, column: error.column))
        }
        guard value["format"] == "mlops-lab-model", value["version"] == 1, let kind = value["kind"]?.stringValue,
            let target = value["target"]?.stringValue, let pipelineValue = value["pipeline"], let estimatorValue = value["estimator"]
        else {
            throw CommandError("\(path) is not an mlops-lab model file", hint: "make one with 'model fit'")
        }
        do throws(ModelingError) {
            let pipeline = try FeaturePipeline(document: document(pipelineValue))
            let estimatorDocument = try document(estimatorValue)
            let estimator: Estimator
            switch kind {
            case "logistic-regression": estimator = .logistic(try LogisticRegression(document: estimatorDocument))
            case "linear-regression": estimator = .linear(try RidgeRegression(document: estimatorDocument))
            case "gbdt": estimator = .boosted(try GradientBoostedTrees(document: estimatorDocument))
            default: throw ModelingError(.malformedDocument, "unknown model kind '\(kind)'")
            }
            return ModelFile(
                kind: kind, target: target, trainedOn: value["trainedOn"]?.stringValue ?? "", pipeline: pipeline,
                estimator: estimator)
        } catch {
            throw CommandError("\(path): \(error.message)", hint: "make the file again with 'model fit'")
        }
    }

    private static func value(of document: ModelDocument) throws(CommandError) -> Value {
        do {
            return try JSONReader(maximumBytes: 256 * 1024 * 1024, maximumDepth: 32).parse(try document.jsonBytes())
        } catch {
            throw CommandError("cannot encode the model: \(error)")
        }
    }

    private static func document(_ value: Value) throws(ModelingError) -> ModelDocument {
        try ModelDocument(jsonBytes: Array(JSONWriter(indent: 0).string(value).utf8))
    }
}
