/// Reads a rollout file into a `RolloutSpec`, collecting every problem before giving up.
///
/// Templates are read first, so every reference to one can be checked where it is written.
struct RolloutSpecLoader {
    let text: String
    let file: String

    static let topFields = ["name", "description", "model", "strategy", "templates"]
    static let strategies = ["canary", "blueGreen"]

    func load() throws(RolloutSpecError) -> RolloutSpec {
        let log = SpecProblemLog(file: file)
        guard let root = SpecDocument.parse(text, log: log), let fields = SpecFields(root, what: "the rollout", log: log) else {
            throw RolloutSpecError(problems: log.sortedProblems)
        }
        fields.rejectUnknown(Self.topFields)
        let name = fields.name("name", required: true)
        let description = fields.scalar("description", required: false)
        let model = fields.name("model", required: true)
        let templates = TemplateReader(log: log).read(fields.node("templates"))
        let references = ReferenceReader(log: log, templates: templates)
        let strategy = readStrategy(fields, references: references, log: log)
        if strategy == nil, log.isEmpty { log.add("the strategy could not be read", at: fields.location) }
        guard log.isEmpty, let name, let model, let strategy else { throw RolloutSpecError(problems: log.sortedProblems) }
        return RolloutSpec(
            name: name.text, description: description?.text, model: model.text, strategy: strategy, templates: templates,
            fileName: file)
    }

    private func readStrategy(_ fields: SpecFields, references: ReferenceReader, log: SpecProblemLog) -> RolloutStrategy? {
        guard let node = fields.node("strategy") else {
            fields.missing("strategy", hint: "add strategy: with canary: or blueGreen:")
            return nil
        }
        guard let strategy = SpecFields(node, what: "'strategy'", log: log) else { return nil }
        let before = log.problems.count
        strategy.rejectUnknown(Self.strategies)
        let written = Self.strategies.filter { strategy.node($0) != nil }
        guard written.count == 1, let kind = written.first, let body = strategy.node(kind) else {
            if written.isEmpty, log.problems.count > before { return nil }
            let message = written.isEmpty ? "'strategy' needs canary: or blueGreen:" : "'strategy' has both canary: and blueGreen:; choose one"
            log.add(message, at: strategy.location)
            return nil
        }
        if kind == "canary" {
            return CanaryReader(log: log, references: references).read(body).map(RolloutStrategy.canary)
        }
        return BlueGreenReader(log: log, references: references).read(body).map(RolloutStrategy.blueGreen)
    }
}
