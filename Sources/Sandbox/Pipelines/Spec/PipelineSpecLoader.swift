/// A step as read from the file, before the checks that need every step.
struct StepDraft {
    let index: Int
    let id: String?
    let idLocation: SpecLocation
    let uses: StepKind?
    let needs: [(id: String, location: SpecLocation)]
    /// Where `needs` is written, or the step when it has none.
    let needsLocation: SpecLocation
    var arguments: [String: ArgumentValue]
    /// The argument names written under `with:`, whether or not they could be read.
    let written: Set<String>
    let inputs: [InputUse]
    let location: SpecLocation

    /// "step 'data'", or "step 3" when the id could not be read.
    var what: String { id.map { "step '\($0)'" } ?? "step \(index + 1)" }
}

/// Reads a pipeline file into a `PipelineSpec`, collecting every problem before giving up.
struct PipelineSpecLoader {
    let text: String
    let file: String
    /// Param values from `--param`, already checked against the params' types.
    let overrides: [String: PipelineParam]
    /// Whether `${params.NAME}` is replaced (a resolved spec) or kept.
    let resolvesParams: Bool

    static let topFields = ["name", "description", "params", "steps"]
    static let stepFields = ["id", "uses", "needs", "with"]

    func load() throws(PipelineSpecError) -> PipelineSpec {
        let log = SpecProblemLog(file: file)
        guard let root = SpecDocument.parse(text, log: log), let fields = SpecFields(root, what: "the pipeline", log: log) else {
            throw PipelineSpecError(problems: log.sortedProblems)
        }
        fields.rejectUnknown(Self.topFields)
        let name = fields.text("name", required: true) { NameRule.isName($0) ? nil : NameRule.namePhrase }
        let description = fields.scalar("description", required: false)
        let params = readParams(fields, log: log)
        var effective: [String: PipelineParam] = [:]
        for param in params { effective[param.name] = overrides[param.name] ?? param }
        let reader = ArgumentReader(
            log: log, params: effective, overridden: Set(overrides.keys), resolvesParams: resolvesParams)
        let drafts = readSteps(fields, reader: reader, log: log)
        // Too many steps is already a problem; the graph checks are skipped so their cost stays bounded.
        let steps = drafts.count > PipelineSpec.maximumSteps ? nil : StepGraphCheck(log: log).check(drafts)
        guard log.isEmpty, let name, let steps else { throw PipelineSpecError(problems: log.sortedProblems) }
        return PipelineSpec(
            name: name.text, description: description?.text, params: params.map { effective[$0.name] ?? $0 },
            steps: steps, fileName: file, source: text, overrides: overrides, isResolved: resolvesParams)
    }

    private func readParams(_ fields: SpecFields, log: SpecProblemLog) -> [PipelineParam] {
        guard let node = fields.node("params") else { return [] }
        guard case .mapping(let mapping) = node else {
            log.add("'params' takes a mapping of names to default values, not \(node.shown)", at: node.location)
            return []
        }
        var params: [PipelineParam] = []
        for entry in mapping.entries {
            let name = entry.key.text
            guard NameRule.isParamName(name) else {
                log.add("param name '\(entry.key.shortText)' must be \(NameRule.paramPhrase)", at: entry.key.location)
                continue
            }
            guard case .scalar(let scalar) = entry.value, !entry.value.isNull else {
                log.add(
                    "param '\(name)' takes a number, an integer, text, true or false as its default, not "
                        + (entry.value.isNull ? "nothing" : entry.value.shown),
                    at: entry.value.location)
                continue
            }
            params.append(PipelineParam(name: name, value: PipelineParam.value(ofDefault: scalar.text, quoted: scalar.isQuoted)))
        }
        return params
    }

    private func readSteps(_ fields: SpecFields, reader: ArgumentReader, log: SpecProblemLog) -> [StepDraft] {
        guard let node = fields.node("steps") else {
            fields.missing("steps", hint: "add steps: with at least one step")
            return []
        }
        guard case .list(let items, let location) = node else {
            log.add("'steps' takes a list of steps, not \(node.shown)", at: node.location)
            return []
        }
        if items.isEmpty { log.add("'steps' needs at least one step", at: location) }
        if items.count > PipelineSpec.maximumSteps {
            log.add("the pipeline has \(items.count) steps; the limit is \(PipelineSpec.maximumSteps)", at: location,
                    hint: "split it into several pipelines")
        }
        var reader = reader
        var drafts: [StepDraft] = []
        for (index, item) in items.enumerated() {
            if let draft = readStep(item, index: index, reader: &reader, log: log) { drafts.append(draft) }
        }
        return drafts
    }

    private func readStep(_ node: SpecNode, index: Int, reader: inout ArgumentReader, log: SpecProblemLog) -> StepDraft? {
        guard let first = SpecFields(node, what: "step \(index + 1)", log: log) else { return nil }
        // Name the step by its id in every message, once the id can be read.
        var fields = first
        if case .scalar(let idScalar)? = first.node("id"), NameRule.isStepID(idScalar.text) {
            fields = SpecFields(node, what: "step '\(idScalar.text)'", log: log) ?? first
        }
        fields.rejectUnknown(Self.stepFields)
        let id = fields.text("id", required: true) { NameRule.isStepID($0) ? nil : NameRule.idPhrase }
        var uses: StepKind?
        if let scalar = fields.scalar("uses", required: true) {
            uses = StepKind(rawValue: scalar.text)
            if uses == nil {
                let kinds = StepKind.allCases.map(\.rawValue)
                log.add(
                    "unknown step kind '\(scalar.shortText)' in \(fields.what)", at: scalar.location,
                    hint: SpecSuggestion.hint(for: scalar.text, in: kinds, otherwise: "the step kinds: \(kinds.joined(separator: ", "))"))
            }
        }
        let needs = readNeeds(fields, log: log)
        var arguments: [String: ArgumentValue] = [:]
        if let uses {
            arguments = reader.readArguments(fields.node("with"), of: uses, step: fields.what, at: fields.location)
        }
        return StepDraft(
            index: index, id: id?.text, idLocation: id?.location ?? fields.location, uses: uses, needs: needs,
            needsLocation: fields.node("needs")?.location ?? fields.location, arguments: arguments,
            written: Set(Self.argumentNames(fields.node("with"))),
            inputs: uses == nil ? [] : reader.inputs, location: fields.location)
    }

    private static func argumentNames(_ node: SpecNode?) -> [String] {
        guard case .mapping(let mapping)? = node else { return [] }
        return mapping.entries.filter { !$0.value.isNull }.map(\.key.text)
    }

    /// `needs: data` or `needs: [data, split]`.
    private func readNeeds(_ fields: SpecFields, log: SpecProblemLog) -> [(id: String, location: SpecLocation)] {
        guard let node = fields.node("needs") else { return [] }
        let items: [SpecNode]
        switch node {
        case .scalar: items = [node]
        case .list(let listed, _): items = listed
        case .mapping:
            log.add("'needs' in \(fields.what) takes a step id or a list of step ids, not a mapping", at: node.location)
            return []
        }
        var needs: [(id: String, location: SpecLocation)] = []
        for item in items {
            guard case .scalar(let scalar) = item else {
                log.add("'needs' in \(fields.what) lists step ids, not \(item.shown)", at: item.location)
                continue
            }
            if !needs.contains(where: { $0.id == scalar.text }) { needs.append((scalar.text, scalar.location)) }
        }
        return needs
    }
}
