/// Turns words into an invocation of a registered command: the one parser of the program.
public struct CommandParser: Sendable {
    /// The commands it knows.
    public var registry: CommandRegistry

    /// Creates a parser over `registry`.
    public init(registry: CommandRegistry) {
        self.registry = registry
    }

    /// Parses `words`; errors carry the column of the word at fault.
    public func parse(_ words: [Word]) throws(CommandError) -> Invocation {
        guard let first = words.first else { throw CommandError.usage("no command given") }
        guard let match = registry.match(words.map(\.text)) else {
            throw unknownCommand(words)
        }
        var invocation = Invocation(spec: match.spec)
        var index = match.length
        var flagsEnded = false
        _ = first
        while index < words.count {
            let word = words[index]
            index += 1
            if !flagsEnded, word.text == "--" {
                flagsEnded = true
                continue
            }
            if !flagsEnded, word.text == "-h" {
                invocation.toggles.insert("help")
                continue
            }
            if !flagsEnded, word.text.hasPrefix("--"), word.text.count > 2 {
                var name = String(word.text.dropFirst(2))
                var inlineValue: String?
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
                guard let flag = match.spec.allFlags.first(where: { $0.name == name }) else {
                    let hint = Suggestions.phrase(for: name, among: match.spec.allFlags.map(\.name), prefix: "--")
                    throw CommandError.usage(
                        "'\(match.spec.name)' has no flag --\(name)",
                        hint: hint ?? "see 'help \(match.spec.name)'", column: word.column)
                }
                switch flag.kind {
                case .toggle:
                    guard inlineValue == nil else {
                        throw CommandError.usage("--\(name) takes no value", column: word.column)
                    }
                    invocation.toggles.insert(name)
                case .value(let placeholder), .repeated(let placeholder):
                    let value: Word
                    if let inlineValue {
                        value = Word(inlineValue, column: word.column + name.count + 3)
                    } else {
                        guard index < words.count else {
                            throw CommandError.usage("--\(name) needs a value (\(placeholder))", column: word.column)
                        }
                        value = words[index]
                        index += 1
                    }
                    if case .value = flag.kind, invocation.values[name] != nil {
                        throw CommandError.usage("--\(name) is given twice", column: word.column)
                    }
                    invocation.values[name, default: []].append(value)
                }
                continue
            }
            invocation.arguments.append(word)
        }
        if invocation.has("help") { return invocation }
        try checkArguments(invocation, words: words)
        return invocation
    }

    private func checkArguments(_ invocation: Invocation, words: [Word]) throws(CommandError) {
        let spec = invocation.spec
        let accepted = spec.arguments.contains { $0.isVariadic } ? Int.max : spec.arguments.count
        if invocation.arguments.count > accepted {
            let extra = invocation.arguments[spec.arguments.count]
            var hint = "usage: \(spec.usage)"
            if spec.arguments.isEmpty, let phrase = Suggestions.phrase(
                for: extra.text, among: registry.nextWords(after: spec.path)) {
                hint = phrase
            }
            throw CommandError.usage("unexpected argument '\(extra.text)'", hint: hint, column: extra.column)
        }
        let required = spec.arguments.filter { !$0.isOptional }
        if invocation.arguments.count < required.count {
            let missing = required[invocation.arguments.count]
            let column = (words.last.map { $0.column + $0.text.count + 1 })
            throw CommandError.usage(
                "'\(spec.name)' needs \(missing.name) (\(missing.summary))", hint: "usage: \(spec.usage)",
                column: column)
        }
    }

    private func unknownCommand(_ words: [Word]) -> CommandError {
        let first = words[0]
        if registry.isNoun(first.text) {
            let verbs = registry.nextWords(after: [first.text])
            guard words.count > 1 else {
                return CommandError.usage(
                    "'\(first.text)' needs one of: \(verbs.joined(separator: ", "))",
                    hint: "see 'help \(first.text)'", column: first.column)
            }
            let verb = words[1]
            let hint = Suggestions.phrase(for: verb.text, among: verbs, prefix: first.text + " ")
            return CommandError.usage(
                "'\(first.text)' has no '\(verb.text)'; it takes \(verbs.joined(separator: ", "))",
                hint: hint ?? "see 'help \(first.text)'", column: verb.column)
        }
        let hint = Suggestions.phrase(for: first.text, among: registry.nextWords(after: []))
        return CommandError.usage(
            "unknown command '\(first.text)'", hint: hint ?? "type 'help' for the list of commands",
            column: first.column)
    }
}
