/// An argument value that cannot be read as a check: a value that did not come through the spec
/// loader (which checks the same things with a place in the file), or a spec not yet resolved.
public struct CheckArgumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, naming the key.
    public let message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}

/// Typed access to one map argument, for the parsers of checks.
struct CheckArguments {
    let value: ArgumentValue
    /// What the map is, for messages: "an expectation", "test 'minimum auc'".
    let what: String

    init(_ value: ArgumentValue, what: String) throws(CheckArgumentError) {
        guard case .map = value else { throw CheckArgumentError("\(what) must be a mapping") }
        self.value = value
        self.what = what
    }

    func text(_ key: String) throws(CheckArgumentError) -> String? {
        switch value[key] {
        case nil: return nil
        case .text(let text)?: return text
        case let other?: throw wrong(key, "text", other)
        }
    }

    func requiredText(_ key: String) throws(CheckArgumentError) -> String {
        guard let text = try text(key) else { throw CheckArgumentError("\(what) is missing '\(key)'") }
        return text
    }

    func number(_ key: String) throws(CheckArgumentError) -> Double? {
        switch value[key] {
        case nil: return nil
        case .number(let number)?: return number
        case .integer(let number)?: return Double(number)
        case let other?: throw wrong(key, "a number", other)
        }
    }

    func integer(_ key: String) throws(CheckArgumentError) -> Int? {
        switch value[key] {
        case nil: return nil
        case .integer(let number)?: return number
        case let other?: throw wrong(key, "an integer", other)
        }
    }

    func bool(_ key: String) throws(CheckArgumentError) -> Bool? {
        switch value[key] {
        case nil: return nil
        case .bool(let flag)?: return flag
        case let other?: throw wrong(key, "true or false", other)
        }
    }

    func textList(_ key: String) throws(CheckArgumentError) -> [String]? {
        switch value[key] {
        case nil: return nil
        case .list(let items)?:
            var texts: [String] = []
            for item in items {
                guard case .text(let text) = item else { throw wrong(key, "a list of text", item) }
                texts.append(text)
            }
            return texts
        case let other?: throw wrong(key, "a list of text", other)
        }
    }

    /// The value of a choice key as one of `Choice`'s cases.
    func choice<Choice: RawRepresentable>(_ key: String, as type: Choice.Type) throws(CheckArgumentError) -> Choice?
    where Choice.RawValue == String {
        guard let text = try text(key) else { return nil }
        guard let choice = Choice(rawValue: text) else { throw CheckArgumentError("'\(key)' in \(what) cannot be '\(text)'") }
        return choice
    }

    private func wrong(_ key: String, _ expected: String, _ value: ArgumentValue) -> CheckArgumentError {
        if case .paramReference(let name) = value {
            return CheckArgumentError("'\(key)' in \(what) still refers to params.\(name); resolve the spec first")
        }
        return CheckArgumentError("'\(key)' in \(what) must be \(expected)")
    }
}
