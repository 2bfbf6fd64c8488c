/// Reading a selector from text, as alert rules and rollout analyses write it.
extension MetricSelector {
    /// The longest selector text accepted, in characters.
    public static let maximumTextLength = 2_048

    /// Parses `name` or `name{label="value", …}`; values in double or single quotes, with `\\`,
    /// `\"`, `\'`, `\n` and `\t` escapes. Errors name the column.
    public init(parsing text: String) throws(SandboxError) {
        var reader = SelectorReader(text: text)
        self = try reader.read()
    }
}

/// A small hand-written reader for the selector grammar, one character at a time.
private struct SelectorReader {
    let text: String
    let characters: [Character]
    var index = 0

    init(text: String) {
        self.text = text
        self.characters = Array(text)
    }

    mutating func read() throws(SandboxError) -> MetricSelector {
        guard characters.count <= MetricSelector.maximumTextLength else {
            throw SandboxError("a selector is at most \(MetricSelector.maximumTextLength) characters; got \(characters.count)")
        }
        skipSpaces()
        if peek == "{" {
            throw failure("start with the metric name", hint: "like requests_total{version=\"v2\"}")
        }
        let metric = readName { $0.isASCII && ($0.isLetter || $0 == "_" || $0 == ":") } rest: { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ":") }
        guard !metric.isEmpty else {
            throw failure(peek.map { "expected a metric name, found '\($0)'" } ?? "the selector is empty",
                          hint: "like requests_total{version=\"v2\"}")
        }
        skipSpaces()
        var matchers: [LabelMatcher] = []
        if peek == "{" {
            index += 1
            matchers = try readMatchers()
        }
        skipSpaces()
        if let extra = peek {
            if extra == "[" {
                throw failure("a window does not go inside the selector", hint: "give it as its own argument: rate(\"\(metric)\", \"5m\")")
            }
            throw failure("unexpected '\(extra)' after the selector")
        }
        return MetricSelector(metric: metric, matchers: matchers)
    }

    private mutating func readMatchers() throws(SandboxError) -> [LabelMatcher] {
        var matchers: [LabelMatcher] = []
        while true {
            skipSpaces()
            if peek == "}" { index += 1; return matchers }
            let column = index + 1
            let name = readName { $0.isASCII && ($0.isLetter || $0 == "_") } rest: { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            guard !name.isEmpty else {
                throw failure(peek.map { "expected a label name, found '\($0)'" } ?? "the selector ends inside '{'",
                              hint: "close it with }")
            }
            guard !matchers.contains(where: { $0.name == name }) else {
                throw failure("the label \(name) is matched twice", at: column)
            }
            skipSpaces()
            try readEquals(after: name)
            skipSpaces()
            matchers.append(LabelMatcher(name, try readQuoted()))
            skipSpaces()
            switch peek {
            case ",": index += 1
            case "}": continue
            case nil: throw failure("the selector ends inside '{'", hint: "close it with }")
            case let other?: throw failure("expected ',' or '}', found '\(other)'")
            }
        }
    }

    private mutating func readEquals(after name: String) throws(SandboxError) {
        let operatorText = String(characters[index..<min(index + 2, characters.count)])
        if operatorText == "!=" || operatorText == "=~" || operatorText == "!~" {
            throw failure("only equality matchers (=) are supported; \(operatorText) is not",
                          hint: "name the exact value, like \(name)=\"v2\"")
        }
        guard peek == "=" else {
            throw failure(peek.map { "expected '=' after \(name), found '\($0)'" } ?? "expected '=' after \(name)")
        }
        index += 1
        if peek == "=" { throw failure("write a single '=' in a selector") }
    }

    private mutating func readQuoted() throws(SandboxError) -> String {
        guard let quote = peek, quote == "\"" || quote == "'" else {
            throw failure("a label value goes in quotes", hint: "like version=\"v2\"")
        }
        let start = index + 1
        index += 1
        var value = ""
        while let character = peek, character != quote {
            if character == "\\" {
                index += 1
                switch peek {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "\\", "\"", "'": value.append(characters[index])
                case let other?: throw failure("unknown escape '\\\(other)' in a label value")
                case nil: break
                }
            } else {
                value.append(character)
            }
            index += 1
        }
        guard peek == quote else { throw failure("the label value that starts here is not closed", at: start, hint: "add the closing \(quote)") }
        index += 1
        guard value.utf8.count <= MonitoringLimits.maximumLabelValueBytes else {
            throw failure("a label value is at most \(MonitoringLimits.maximumLabelValueBytes) bytes", at: start)
        }
        return value
    }

    private mutating func readName(first: (Character) -> Bool, rest: (Character) -> Bool) -> String {
        guard let character = peek, first(character) else { return "" }
        var name = String(character)
        index += 1
        while let next = peek, rest(next) {
            name.append(next)
            index += 1
        }
        return name
    }

    private mutating func skipSpaces() {
        while let character = peek, character == " " || character == "\t" { index += 1 }
    }

    private var peek: Character? { index < characters.count ? characters[index] : nil }

    private func failure(_ message: String, at column: Int? = nil, hint: String? = nil) -> SandboxError {
        SandboxError("selector column \(column ?? index + 1): \(message) in `\(text)`", hint: hint)
    }
}
