/// An argument as the spec keeps it and as it was checked. They differ only where a param is
/// referred to: `stored` keeps `${params.NAME}` until the spec is resolved, `effective` has the
/// param's value (its default, or an override).
struct ReadValue {
    var stored: ArgumentValue
    var effective: ArgumentValue
}

/// An input argument as written, kept for the checks that need every step.
struct InputUse {
    let argument: String
    let step: String
    let output: String
    let kind: OutputKind
    let location: SpecLocation
}

/// Reads `with:` mappings against the step library, recording every problem with its place.
struct ArgumentReader {
    let log: SpecProblemLog
    /// The params by name, with the values they have in this load.
    let params: [String: PipelineParam]
    /// The params whose value came from `--param`, named in hints.
    let overridden: Set<String>
    /// Whether references are replaced by their values (a resolved spec) or kept.
    let resolvesParams: Bool
    /// The inputs read so far, in the order read.
    private(set) var inputs: [InputUse] = []

    init(log: SpecProblemLog, params: [String: PipelineParam], overridden: Set<String>, resolvesParams: Bool) {
        self.log = log
        self.params = params
        self.overridden = overridden
        self.resolvesParams = resolvesParams
    }

    /// Reads a step's `with:` (nil when absent); inputs that are left out are not reported here,
    /// since they may come from the step's needs.
    mutating func readArguments(_ node: SpecNode?, of kind: StepKind, step what: String, at location: SpecLocation)
        -> [String: ArgumentValue]
    {
        let mapping: SpecMapping
        switch node {
        case nil:
            mapping = SpecMapping(entries: [], location: location)
        case .mapping(let written)?:
            mapping = written
        case let other?:
            log.add("'with' in \(what) takes a mapping of arguments, not \(other.shown)", at: other.location)
            return [:]
        }
        inputs = []
        // The arguments that could be read are kept even when others could not, so that later
        // checks (inputs taken from the needs) do not report what is only a consequence.
        let (read, _) = readFields(mapping, kind.record, what: what, kindName: kind.rawValue)
        var arguments: [String: ArgumentValue] = [:]
        if case .map(let entries) = read.stored {
            for entry in entries { arguments[entry.key] = entry.value }
        }
        return arguments
    }

    /// Reads any argument value against its type.
    private mutating func read(_ node: SpecNode, as type: ArgumentType, label: String) -> ReadValue? {
        switch type {
        case .list(let itemType, let count):
            guard case .list(let items, let location) = node else {
                log.add("\(label) takes a list, not \(node.shown)", at: node.location)
                return nil
            }
            guard count.contains(items.count) else {
                log.add("\(label) has \(items.count) items; it takes \(count.lowerBound) to \(count.upperBound)", at: location)
                return nil
            }
            var stored: [ArgumentValue] = []
            var effective: [ArgumentValue] = []
            var failed = false
            for (index, item) in items.enumerated() {
                guard let value = read(item, as: itemType, label: "\(label) item \(index + 1)") else {
                    failed = true
                    continue
                }
                stored.append(value.stored)
                effective.append(value.effective)
            }
            return failed ? nil : ReadValue(stored: .list(stored), effective: .list(effective))
        case .map(let valueType):
            guard case .mapping(let mapping) = node else {
                log.add("\(label) takes a mapping, not \(node.shown)", at: node.location)
                return nil
            }
            var stored: [ArgumentEntry] = []
            var effective: [ArgumentEntry] = []
            var failed = false
            for entry in mapping.entries {
                guard let value = read(entry.value, as: valueType, label: "'\(entry.key.shortText)' in \(label)") else {
                    failed = true
                    continue
                }
                stored.append(ArgumentEntry(entry.key.text, value.stored))
                effective.append(ArgumentEntry(entry.key.text, value.effective))
            }
            return failed ? nil : ReadValue(stored: .map(stored), effective: .map(effective))
        case .record(let record):
            guard case .mapping(let mapping) = node else {
                log.add("\(label) takes a mapping, not \(node.shown)", at: node.location)
                return nil
            }
            return readRecord(mapping, record, what: label, kindName: nil)
        default:
            guard case .scalar(let scalar) = node else {
                log.add("\(label) takes \(type.phrase), not \(node.shown)", at: node.location)
                return nil
            }
            return readScalar(scalar, as: type, label: label)
        }
    }

    /// Reads a mapping with fixed keys, or nil when any key could not be read.
    private mutating func readRecord(_ mapping: SpecMapping, _ record: ArgumentRecord, what: String, kindName: String?)
        -> ReadValue?
    {
        let (read, failed) = readFields(mapping, record, what: what, kindName: kindName)
        return failed ? nil : read
    }

    /// Reads the keys of a mapping that could be read, and whether any could not (or a rule
    /// failed); `kindName` is set for a step's `with:` (then keys are "arguments").
    private mutating func readFields(_ mapping: SpecMapping, _ record: ArgumentRecord, what: String, kindName: String?)
        -> (ReadValue, failed: Bool)
    {
        var fields = record.fields
        var rules = record.rules
        var knownKeys = record.fields.map(\.name)
        if let variants = record.variants {
            let chosen = mapping.entry(variants.key).flatMap { entry -> ArgumentVariant? in
                guard case .scalar(let scalar) = entry.value else { return nil }
                return variants.cases.first { $0.name == scalar.text }
            }
            if let chosen {
                fields += chosen.fields
                rules += chosen.rules
                knownKeys += chosen.fields.map(\.name)
            } else {
                // The variant key's own problem is reported below; keys of any variant are not "unknown" meanwhile.
                for variant in variants.cases {
                    knownKeys += variant.fields.map(\.name).filter { !knownKeys.contains($0) }
                }
            }
        }
        let allowed = fields.map(\.name)
        for entry in mapping.entries where !knownKeys.contains(entry.key.text) {
            let noun = kindName == nil ? "key" : "argument"
            let owner = kindName ?? "it"
            log.add(
                "unknown \(noun) '\(entry.key.shortText)' in \(what)", at: entry.key.location,
                hint: SpecSuggestion.hint(
                    for: entry.key.text, in: allowed, otherwise: "\(owner) takes: \(allowed.joined(separator: ", "))"))
        }
        var stored: [ArgumentEntry] = []
        var effective: [String: ArgumentValue] = [:]
        var effectiveEntries: [ArgumentEntry] = []
        var failed = false
        for field in fields {
            guard let entry = mapping.entry(field.name), !entry.value.isNull else {
                switch field.requirement {
                case .required:
                    // A step's inputs may come from its needs; that is decided once every step is read.
                    if kindName != nil, case .input = field.type { continue }
                    log.add(
                        "\(what) is missing '\(field.name)'", at: mapping.location,
                        hint: kindName.map { "add it under with: in this \($0) step" })
                    failed = true
                case .defaulted(let value):
                    stored.append(ArgumentEntry(field.name, value))
                    effective[field.name] = value
                    effectiveEntries.append(ArgumentEntry(field.name, value))
                case .optional:
                    break
                }
                continue
            }
            guard let value = read(entry.value, as: field.type, label: "'\(field.name)'") else {
                failed = true
                continue
            }
            if case .input(let kind) = field.type, case .input(let step, let output) = value.stored {
                inputs.append(InputUse(argument: field.name, step: step, output: output, kind: kind, location: entry.value.location))
            }
            stored.append(ArgumentEntry(field.name, value.stored))
            effective[field.name] = value.effective
            effectiveEntries.append(ArgumentEntry(field.name, value.effective))
        }
        if !failed {
            for rule in rules {
                if let violation = rule.violation(in: effective) {
                    log.add("\(what) \(violation)", at: mapping.location)
                    failed = true
                }
            }
        }
        return (ReadValue(stored: .map(stored), effective: .map(effectiveEntries)), failed)
    }

    /// Reads one scalar, replacing `${params.NAME}` references.
    private func readScalar(_ scalar: SpecScalar, as type: ArgumentType, label: String) -> ReadValue? {
        guard let parsed = ParamTemplate.parse(scalar.text) else {
            switch ScalarConversion.convert(scalar.text, as: type, label: label) {
            case .success(let value):
                return ReadValue(stored: value, effective: value)
            case .failure(let problem):
                log.add(problem.message, at: location(of: problem, in: scalar), hint: problem.hint)
                return nil
            }
        }
        let template: ParamTemplate
        switch parsed {
        case .success(let read):
            template = read
        case .failure(.unclosed):
            log.add("\(label) has a '${' that is not closed", at: scalar.location, hint: "write ${params.NAME}")
            return nil
        case .failure(.notAParam(let written)):
            log.add("\(label) refers to '\(written)', which is not a param", at: scalar.location, hint: "write ${params.NAME}")
            return nil
        }
        if case .input = type {
            log.add(
                "\(label) cannot take a param; it names a step's output", at: scalar.location,
                hint: "write it as STEP.OUTPUT")
            return nil
        }
        var unknown = false
        for name in template.paramNames where params[name] == nil {
            let known = params.keys.sorted()
            log.add(
                "unknown param '\(name)' in \(label)", at: scalar.location,
                hint: SpecSuggestion.hint(
                    for: name, in: known,
                    otherwise: known.isEmpty ? "this pipeline has no params" : "its params: \(known.joined(separator: ", "))"))
            unknown = true
        }
        guard !unknown else { return nil }
        let result: Result<ArgumentValue, ArgumentProblem>
        if let name = template.wholeParam, let param = params[name] {
            result = Self.typed(param, as: type, label: label)
        } else {
            result = ScalarConversion.convert(template.render(params), as: type, label: label)
        }
        switch result {
        case .success(let value):
            let stored: ArgumentValue = resolvesParams ? value : (template.wholeParam.map(ArgumentValue.paramReference) ?? .text(scalar.text))
            return ReadValue(stored: stored, effective: value)
        case .failure(let problem):
            let fromOverride = template.paramNames.filter(overridden.contains)
                .compactMap { name in params[name].map { "params.\(name) = \($0.text) comes from --param" } }
            log.add(problem.message, at: scalar.location, hint: fromOverride.first ?? problem.hint)
            return nil
        }
    }

    /// A whole-scalar reference keeps the param's type: an integer param fills an integer or a
    /// number; text-like arguments take any param's value as text.
    private static func typed(_ param: PipelineParam, as type: ArgumentType, label: String) -> Result<ArgumentValue, ArgumentProblem> {
        let mismatch = ArgumentProblem(
            "\(label) takes \(type.phrase), but params.\(param.name) is \(param.typePhrase) (\(param.text))")
        switch (type, param.value) {
        case (.integer, .integer), (.number, .integer), (.number, .number), (.bool, .bool):
            return ScalarConversion.convert(param.text, as: type, label: label)
        case (.integer, _), (.number, _), (.bool, _):
            return .failure(mismatch)
        default:
            return ScalarConversion.convert(param.text, as: type, label: label)
        }
    }

    /// Where an expression problem is: the scalar's column plus the expression's, one more behind a quote.
    private func location(of problem: ArgumentProblem, in scalar: SpecScalar) -> SpecLocation {
        guard let column = problem.column, scalar.style != .block else { return scalar.location }
        return SpecLocation(line: scalar.location.line, column: scalar.location.column + column - 1 + (scalar.isQuoted ? 1 : 0))
    }
}
