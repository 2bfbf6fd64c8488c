/// A named value that steps read as `${params.NAME}` and gates as `params.NAME`.
public struct PipelineParam: Sendable, Equatable {
    /// The name, `[a-z_][a-z0-9_]*`.
    public let name: String
    /// Its value: the default from the file, or the `--param` override of a resolved spec.
    /// Always `.integer`, `.number`, `.text` or `.bool`; its case is the param's type.
    public let value: ArgumentValue

    /// Creates a param.
    public init(name: String, value: ArgumentValue) {
        self.name = name
        self.value = value
    }

    /// The param's type in words: "an integer", "a number", "text", "true or false".
    public var typePhrase: String {
        switch value {
        case .integer: "an integer"
        case .number: "a number"
        case .bool: "true or false"
        default: "text"
        }
    }

    /// The value as `${params.NAME}` inside a longer text shows it.
    var text: String {
        switch value {
        case .integer(let number): String(number)
        case .number(let number): number.description
        case .bool(let flag): flag ? "true" : "false"
        case .text(let text): text
        default: ""
        }
    }

    /// Reads a default written in the file: an integer, a number, true/false, else text; quoted is always text.
    static func value(ofDefault text: String, quoted: Bool) -> ArgumentValue {
        guard !quoted else { return .text(text) }
        if let number = Int(text) { return .integer(number) }
        if let number = Double(text), number.isFinite { return .number(number) }
        if text == "true" || text == "false" { return .bool(text == "true") }
        return .text(text)
    }

    /// Reads an override of this param's type, or nil when `text` is not of that type.
    func overridden(by text: String) -> PipelineParam? {
        let value: ArgumentValue
        switch self.value {
        case .integer:
            guard let number = Int(text) else { return nil }
            value = .integer(number)
        case .number:
            guard let number = Double(text), number.isFinite else { return nil }
            value = .number(number)
        case .bool:
            guard text == "true" || text == "false" else { return nil }
            value = .bool(text == "true")
        default:
            value = .text(text)
        }
        return PipelineParam(name: name, value: value)
    }
}
