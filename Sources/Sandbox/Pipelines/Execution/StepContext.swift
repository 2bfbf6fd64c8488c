import Modeling
import Values

/// What a step sees while it runs: the world (read-only except through the executor), its
/// resolved inputs and the pipeline's params.
struct StepContext {
    let step: PipelineStep
    let world: World
    let spec: PipelineSpec
    /// Output hashes of the steps that already ran, by step id and output name.
    let produced: [String: [String: String]]

    func argument(_ name: String) -> ArgumentValue? { step.arguments[name] }

    func text(_ name: String) -> String? {
        if case .text(let value)? = argument(name) { return value }
        return nil
    }

    func integer(_ name: String) -> Int? {
        if case .integer(let value)? = argument(name) { return value }
        return nil
    }

    func number(_ name: String) -> Double? {
        switch argument(name) {
        case .number(let value)?: value
        case .integer(let value)?: Double(value)
        default: nil
        }
    }

    func bool(_ name: String) -> Bool? {
        if case .bool(let value)? = argument(name) { return value }
        return nil
    }

    /// The hash of the output an input argument names.
    func inputHash(_ name: String) throws(SandboxError) -> String? {
        guard case .input(let other, let output)? = argument(name) else { return nil }
        guard let hash = produced[other]?[output] else {
            throw SandboxError("step '\(step.id)': input \(other).\(output) was not produced")
        }
        return hash
    }

    func dataset(_ name: String) throws(SandboxError) -> Dataset {
        guard let hash = try inputHash(name), let dataset = world.artifacts.dataset(hash) else {
            throw SandboxError("step '\(step.id)' has no dataset for '\(name)'")
        }
        return dataset
    }

    func model(_ name: String) throws(SandboxError) -> TrainedModel {
        guard let hash = try inputHash(name), let model = world.artifacts.model(hash) else {
            throw SandboxError("step '\(step.id)' has no model for '\(name)'")
        }
        return model
    }

    /// The metrics object an input names, as stored.
    func report(_ name: String) throws(SandboxError) -> Value? {
        guard let hash = try inputHash(name) else { return nil }
        return world.artifacts.report(hash)
    }

    /// The pipeline's params as a value tree for expressions.
    var paramsValue: Value {
        .object(spec.params.map { Value.Field($0.name, StepContext.value(of: $0.value)) })
    }

    static func value(of argument: ArgumentValue) -> Value {
        switch argument {
        case .integer(let number): .int(number)
        case .number(let number): .double(number)
        case .text(let text): .string(text)
        case .bool(let flag): .bool(flag)
        case .list(let items): .list(items.map(value(of:)))
        case .map(let entries): .object(entries.map { Value.Field($0.key, value(of: $0.value)) })
        case .input(let step, let output): .string("\(step).\(output)")
        case .expression(let expression): .string(expression.text)
        case .paramReference(let name): .string("${params.\(name)}")
        }
    }
}

/// What a step produced: artifacts to store by output name, metrics to log, notes to show.
struct StepProduct {
    var datasets: [String: Dataset] = [:]
    var models: [String: TrainedModel] = [:]
    var features: [String: FeaturePipeline] = [:]
    var reports: [String: Value] = [:]
    var metrics: [(key: String, value: Double, step: Int)] = []
    var notes: [String] = []
    /// Set when the step ran to the end but its verdict is a failure (a gate, a test suite, validation).
    var failure: String?
    /// Registry change made by a register step: (model, alias, hash, source).
    var registration: (model: String, alias: String?, tags: [String: String])?
}
