import Modeling
import Values

extension StepRunner {
    static func transform(_ context: StepContext) throws(SandboxError) -> StepProduct {
        var dataset = try context.dataset("data")
        if let target = context.text("target") {
            dataset = try modeling(context) { () throws(ModelingError) in try ModelTrainer.withTarget(dataset, target) }
        }
        if case .list(let dropped)? = context.argument("drop") {
            for case .text(let name) in dropped {
                dataset = try modeling(context) { () throws(ModelingError) in try dataset.settingRole(.id, forColumn: name) }
            }
        }
        var buckets: [String: Int] = [:]
        if case .map(let entries)? = context.argument("bucketize") {
            for entry in entries {
                if case .integer(let count) = entry.value { buckets[entry.key] = count }
            }
        }
        let pipeline = try modeling(context) { () throws(ModelingError) in try FeaturePipeline.fit(on: dataset, bucketCounts: buckets) }
        return StepProduct(
            features: ["features": pipeline],
            notes: ["fitted on \(dataset.rowCount) rows: \(pipeline.featureNames.count) features from \(pipeline.steps.count) columns"])
    }

    static func train(_ context: StepContext) throws(SandboxError) -> StepProduct {
        let dataset = try context.dataset("data")
        guard let target = context.text("target") else { throw SandboxError("step '\(context.step.id)': train needs a target") }
        let kind = ModelKind(rawValue: context.text("model") ?? "") ?? .logisticRegression
        var pipeline: FeaturePipeline?
        if let hash = try context.inputHash("features") {
            guard let fitted = context.world.artifacts.features(hash) else { throw SandboxError("step '\(context.step.id)': its features went missing") }
            pipeline = fitted
        }
        let options = TrainingOptions(
            l2: context.number("l2"), classWeight: context.text("class_weight") == "balanced" ? .balanced : .uniform,
            maximumIterations: context.integer("max_iterations"), treeCount: context.integer("trees"), depth: context.integer("depth"),
            learningRate: context.number("learning_rate"))
        let model = try modeling(context) { () throws(ModelingError) in
            try ModelTrainer.train(dataset, target: target, kind: kind, options: options, pipeline: pipeline)
        }
        let losses = model.trainingLoss
        var product = StepProduct(models: ["model": model])
        product.metrics = losses.enumerated().map { ("\(context.step.id).loss", $0.element, $0.offset) }
        product.notes = ["\(kind.rawValue) on \(dataset.rowCount) rows × \(model.pipeline.featureNames.count) features, \(losses.count) iterations"
            + (losses.last.map { ", final loss \(ShortNumber.text($0))" } ?? "")]
        return product
    }

    static func evaluate(_ context: StepContext) throws(SandboxError) -> StepProduct {
        let model = try context.model("model")
        let dataset = try context.dataset("data")
        let threshold = context.number("threshold") ?? 0.5
        let measured = try modeling(context) { () throws(ModelingError) in try ModelMetrics.measure(model, on: dataset, threshold: threshold) }
        var fields = measured.map { Value.Field($0.name, .double($0.value)) }
        var product = StepProduct()
        product.metrics = measured.map { ($0.name, $0.value, 0) }
        product.notes = [measured.map { "\($0.name) \(ShortNumber.text($0.value))" }.joined(separator: ", ") + " on \(dataset.rowCount) held-out rows"]
        var champion: Value = .object(fields)
        if let name = context.text("champion_of") {
            if let version = context.world.registry.resolve(name, alias: "champion"), let current = context.world.artifacts.model(version.modelHash) {
                let theirs = try modeling(context) { () throws(ModelingError) in try ModelMetrics.measure(current, on: dataset, threshold: threshold) }
                champion = .object(theirs.map { Value.Field($0.name, .double($0.value)) } + [Value.Field("version", .int(version.version))])
                product.metrics += theirs.map { ("champion.\($0.name)", $0.value, 0) }
                product.notes.append("champion \(name) v\(version.version) on the same rows: " + theirs.map { "\($0.name) \(ShortNumber.text($0.value))" }.joined(separator: ", "))
            } else {
                product.notes.append("\(name) has no champion yet, so champion.* are this model's own metrics")
            }
        }
        fields.append(Value.Field("champion", champion))
        product.reports["metrics"] = .object(fields)
        return product
    }
}

/// Numbers in step notes: four significant digits.
enum ShortNumber {
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        return NumberText.significant(value, digits: 4)
    }
}
