/// Position-aware reading of one YAML mapping whose keys are fixed, recording every problem it meets.
///
/// `what` names the mapping in messages: "the pipeline", "step 'data'".
struct SpecFields {
    let mapping: SpecMapping
    let what: String
    let log: SpecProblemLog

    /// Reads `node` as a mapping, or records that it must be one.
    init?(_ node: SpecNode, what: String, log: SpecProblemLog) {
        guard case .mapping(let mapping) = node else {
            log.add("\(what) must be a mapping of fields, not \(node.shown)", at: node.location)
            return nil
        }
        self.mapping = mapping
        self.what = what
        self.log = log
    }

    var location: SpecLocation { mapping.location }

    /// Records every key not in `allowed`, suggesting the closest allowed one.
    func rejectUnknown(_ allowed: [String]) {
        for entry in mapping.entries where !allowed.contains(entry.key.text) {
            log.add(
                "unknown field '\(entry.key.shortText)' in \(what)", at: entry.key.location,
                hint: SpecSuggestion.hint(for: entry.key.text, in: allowed, otherwise: "it takes: \(allowed.joined(separator: ", "))"))
        }
    }

    /// The value of `key`, or nil when it is absent or written without a value.
    func node(_ key: String) -> SpecNode? {
        guard let entry = mapping.entry(key), !entry.value.isNull else { return nil }
        return entry.value
    }

    /// Records that `key` is missing, at the mapping.
    func missing(_ key: String, hint: String? = nil) {
        log.add("\(what) is missing '\(key)'", at: location, hint: hint)
    }

    /// The scalar of `key`; records a problem when it is required and absent, or not a scalar.
    func scalar(_ key: String, required: Bool) -> SpecScalar? {
        guard let node = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            log.add("'\(key)' in \(what) takes text, not \(node.shown)", at: node.location)
            return nil
        }
        return scalar
    }

    /// The text of `key`, checked against `rule` (which returns nil when the text is fine, or what it must be).
    func text(_ key: String, required: Bool, rule: (String) -> String? = { _ in nil }) -> SpecScalar? {
        guard let scalar = scalar(key, required: required) else { return nil }
        if let expectation = rule(scalar.text) {
            log.add("'\(key)' must be \(expectation), not '\(scalar.shortText)'", at: scalar.location)
            return nil
        }
        return scalar
    }
}
