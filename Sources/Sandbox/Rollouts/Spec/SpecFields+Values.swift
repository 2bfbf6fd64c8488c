/// Typed reading of scalar fields, for specs whose fields are fixed (rollouts and their templates).
extension SpecFields {
    /// The scalar of `key` when it is written as one; records a problem when it is a list or mapping.
    private func plain(_ key: String, takes phrase: String) -> SpecScalar? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            log.add("'\(key)' in \(what) takes \(phrase), not \(node.shown)", at: node.location)
            return nil
        }
        return scalar
    }

    /// The whole number of `key` within `range`, with where it is written.
    func integer(_ key: String, in range: ClosedRange<Int>) -> (value: Int, location: SpecLocation)? {
        guard let scalar = plain(key, takes: "an integer") else { return nil }
        guard scalar.text.utf8.count <= 18, let number = Int(scalar.text) else {
            log.add("'\(key)' takes an integer, not '\(scalar.shortText)'", at: scalar.location)
            return nil
        }
        guard range.contains(number) else {
            log.add("'\(key)' must be from \(range.lowerBound) to \(range.upperBound), not \(number)", at: scalar.location)
            return nil
        }
        return (number, scalar.location)
    }

    /// The seconds of `key`, written as a duration (`30s`, `10m`, `1h`) or bare seconds, at least `minimum`.
    func duration(_ key: String, minimum: Int64) -> (seconds: Int64, location: SpecLocation)? {
        guard let scalar = plain(key, takes: SpecDuration.phrase) else { return nil }
        guard let seconds = SpecDuration.seconds(scalar.text) else {
            log.add(
                "'\(key)' takes \(SpecDuration.phrase), not '\(scalar.shortText)'", at: scalar.location,
                hint: "whole seconds, minutes or hours, at most 366 days: 45s, 5m, 1h30m")
            return nil
        }
        guard seconds >= minimum else {
            log.add("'\(key)' must be at least \(SpecDuration.text(minimum)), not \(scalar.text)", at: scalar.location)
            return nil
        }
        return (seconds, scalar.location)
    }

    /// true or false.
    func bool(_ key: String) -> (value: Bool, location: SpecLocation)? {
        guard let scalar = plain(key, takes: "true or false") else { return nil }
        guard scalar.text == "true" || scalar.text == "false" else {
            log.add("'\(key)' takes true or false, not '\(scalar.shortText)'", at: scalar.location)
            return nil
        }
        return (scalar.text == "true", scalar.location)
    }

    /// A name following the spec name rule (lowercase letters, digits, '-').
    func name(_ key: String, required: Bool) -> SpecScalar? {
        text(key, required: required) { NameRule.isName($0) ? nil : NameRule.namePhrase }
    }

    /// An expression, parsed now; a syntax error points at its column inside the scalar, as the
    /// pipeline loader does. `check` may refuse a parsed expression (with a column in it).
    func expression(_ key: String, required: Bool, check: (Expression) -> ExpressionError? = { _ in nil }) -> (Expression, SpecLocation)? {
        guard let scalar = plain(key, takes: "an expression") else {
            if required, node(key) == nil { missing(key) }
            return nil
        }
        let problem: ExpressionError
        do {
            let expression = try Expression(scalar.text)
            guard let refused = check(expression) else { return (expression, scalar.location) }
            problem = refused
        } catch {
            problem = error
        }
        log.add("'\(key)' is not a valid expression: \(problem.message)", at: Self.place(of: problem.column, in: scalar), hint: problem.hint)
        return nil
    }

    /// Where column `column` of a scalar's text is in the file: one further behind an opening quote;
    /// a block scalar's text starts on the next line, so the scalar itself is named.
    static func place(of column: Int, in scalar: SpecScalar) -> SpecLocation {
        guard scalar.style != .block else { return scalar.location }
        return SpecLocation(line: scalar.location.line, column: scalar.location.column + column - 1 + (scalar.isQuoted ? 1 : 0))
    }
}

extension SpecNode {
    /// Whether the node is a list with no items (`[]`).
    var isEmptyList: Bool {
        if case .list(let items, _) = self { return items.isEmpty }
        return false
    }
}
