import Modeling
import Values

extension StepRunner {
    /// A gate: the condition over `metrics` (of the evaluate step it needs), `champion`, `params` and `steps`.
    static func gate(_ context: StepContext) throws(SandboxError) -> StepProduct {
        guard case .expression(let condition)? = context.argument("condition") else {
            throw SandboxError("step '\(context.step.id)': gate needs a condition")
        }
        var steps: [Value.Field] = []
        var metrics: Value = .object([])
        var champion: Value = .object([])
        for need in context.step.needs {
            guard let outputs = context.produced[need] else { continue }
            var fields: [Value.Field] = []
            for name in outputs.keys.sorted() {
                guard let hash = outputs[name], let report = context.world.artifacts.report(hash) else { continue }
                fields.append(Value.Field(name, report))
                if name == "metrics", case .object(let measured) = report {
                    metrics = .object(measured.filter { $0.name != "champion" })
                    champion = report["champion"] ?? metrics
                }
            }
            steps.append(Value.Field(need, .object(fields)))
        }
        let root = Value.object([
            "metrics": metrics, "champion": champion, "params": context.paramsValue, "steps": .object(steps),
        ])
        let holds: Bool
        do throws(ExpressionError) {
            holds = try condition.holds(in: ExpressionContext(root: root))
        } catch {
            throw SandboxError("step '\(context.step.id)': the condition '\(condition.text)' cannot be evaluated: \(error.description)")
        }
        let values = GateExplanation.values(in: condition.text, root: root)
        var product = StepProduct(notes: ["\(condition.text) → \(holds ? "passed" : "failed")" + (values.isEmpty ? "" : " (\(values))")])
        if !holds { product.failure = "gate failed: \(condition.text)" + (values.isEmpty ? "" : " with \(values)") }
        return product
    }

    static func register(_ context: StepContext) throws(SandboxError) -> StepProduct {
        guard let name = context.text("name") else { throw SandboxError("step '\(context.step.id)': register needs a name") }
        let model = try context.model("model")
        var tags: [String: String] = [:]
        if case .map(let entries)? = context.argument("tags") {
            for entry in entries { if case .text(let value) = entry.value { tags[entry.key] = value } }
        }
        var product = StepProduct(models: ["model": model])
        product.registration = (name, context.text("alias"), tags)
        return product
    }
}

/// The values a failed gate compared, so the learner sees why: `metrics.auc = 0.8412, champion.auc = 0.8533`.
enum GateExplanation {
    static func values(in text: String, root: Value) -> String {
        var found: [String] = []
        var current = ""
        func flush() {
            defer { current = "" }
            let path = current.split(separator: ".").map(String.init)
            guard path.count >= 2, !found.contains(where: { $0.hasPrefix(current + " =") }) else { return }
            var value: Value? = root
            for part in path { value = value?[part] }
            if let number = value?.doubleValue { found.append("\(current) = \(ShortNumber.text(number))") }
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "_" || character == "." {
                current.append(character)
            } else {
                flush()
            }
        }
        flush()
        return found.joined(separator: ", ")
    }
}
