import Modeling
import Values

extension TrainedModel {
    /// The largest model document read, in bytes.
    public static let maximumDocumentBytes = 256 * 1024 * 1024

    /// The packaged form: `{"format": "mlops-lab-model", "version": 1, "kind", "target", "trainedOn",
    /// "pipeline": <document>, "estimator": <document>}`.
    public func document() throws(SandboxError) -> Value {
        let estimatorDocument: ModelDocument
        switch estimator {
        case .logistic(let model): estimatorDocument = model.document
        case .linear(let model): estimatorDocument = model.document
        case .boosted(let model): estimatorDocument = model.document
        }
        return .object([
            "format": "mlops-lab-model", "version": 1, "kind": .string(kind.rawValue), "target": .string(target),
            "trainedOn": .string(trainedOn),
            "pipeline": try Self.value(of: pipeline.document), "estimator": try Self.value(of: estimatorDocument),
        ])
    }

    /// The packaged form as JSON text, ending in a newline.
    public func jsonText() throws(SandboxError) -> String {
        JSONWriter().string(try document()) + "\n"
    }

    /// SHA-256 of the packaged JSON: the model artifact's id.
    public func contentHash() throws(SandboxError) -> String {
        sha256Hex(Array(try jsonText().utf8))
    }

    /// Reads a packaged model back; `origin` names it in errors.
    public init(document value: Value, origin: String) throws(SandboxError) {
        guard value["format"] == "mlops-lab-model", value["version"] == 1, let kindName = value["kind"]?.stringValue,
            let target = value["target"]?.stringValue, let pipelineValue = value["pipeline"], let estimatorValue = value["estimator"]
        else {
            throw SandboxError("\(origin) is not an mlops-lab model file", hint: "make one with 'model fit'")
        }
        guard let kind = ModelKind(rawValue: kindName) else {
            throw SandboxError("\(origin): unknown model kind '\(kindName)'", hint: "known kinds: \(ModelKind.names.joined(separator: ", "))")
        }
        do throws(ModelingError) {
            let pipeline = try FeaturePipeline(document: Self.modelDocument(pipelineValue))
            let estimatorDocument = try Self.modelDocument(estimatorValue)
            let estimator: Estimator
            switch kind {
            case .logisticRegression: estimator = .logistic(try LogisticRegression(document: estimatorDocument))
            case .linearRegression: estimator = .linear(try RidgeRegression(document: estimatorDocument))
            case .gbdt: estimator = .boosted(try GradientBoostedTrees(document: estimatorDocument))
            }
            self.init(kind: kind, target: target, trainedOn: value["trainedOn"]?.stringValue ?? "", pipeline: pipeline, estimator: estimator)
        } catch {
            throw SandboxError("\(origin): \(error.message)", hint: "make the file again with 'model fit'")
        }
    }

    /// The document as the value its JSON text reads back as: keys sorted, and a whole number
    /// written without a fraction (below 10^16 in magnitude) read as an integer, which is how the
    /// document's JSON has always been written, so model hashes do not depend on how it is made.
    static func value(of document: ModelDocument) throws(SandboxError) -> Value {
        func numbers(_ values: [Double], _ key: String) throws(SandboxError) -> Value {
            var list: [Value] = []
            list.reserveCapacity(values.count)
            for number in values {
                guard number.isFinite else {
                    throw SandboxError("cannot encode the model: '\(document.kind)' document: '\(key)' holds \(number), which JSON cannot")
                }
                let text = number.description
                if text.hasSuffix(".0"), let whole = Int(text.dropLast(2)) { list.append(.int(whole)) } else { list.append(.double(number)) }
            }
            return .list(list)
        }
        var numberFields: [Value.Field] = []
        for key in document.numbers.keys.sorted() { numberFields.append(Value.Field(key, try numbers(document.numbers[key] ?? [], key))) }
        let integerFields = document.integers.keys.sorted().map { Value.Field($0, .list((document.integers[$0] ?? []).map(Value.int))) }
        let textFields = document.texts.keys.sorted().map { Value.Field($0, .list((document.texts[$0] ?? []).map(Value.string))) }
        return .object([
            Value.Field("formatVersion", .int(document.formatVersion)), Value.Field("integers", .object(integerFields)),
            Value.Field("kind", .string(document.kind)), Value.Field("numbers", .object(numberFields)),
            Value.Field("texts", .object(textFields)),
        ])
    }

    private static func modelDocument(_ value: Value) throws(ModelingError) -> ModelDocument {
        try ModelDocument(jsonBytes: Array(JSONWriter(indent: 0).string(value).utf8))
    }
}
