import Foundation

/// What Tab offers at the cursor: the candidates and where the word they replace starts.
public struct Completion: Sendable, Equatable {
    /// How many characters before the cursor the candidates replace.
    public var replacing: Int
    /// Full words that fit, sorted.
    public var candidates: [String]

    /// Creates a completion.
    public init(replacing: Int, candidates: [String]) {
        self.replacing = replacing
        self.candidates = candidates
    }

    /// The longest text all candidates start with.
    public var commonPrefix: String {
        guard var prefix = candidates.first else { return "" }
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }
}

/// Completes command lines: command words, flags, flag values and arguments.
public struct Completer {
    /// The session whose commands and ids are offered.
    public let session: Session

    /// Creates a completer over a session.
    public init(session: Session) {
        self.session = session
    }

    /// Candidates for the text before the cursor.
    public func complete(_ textBeforeCursor: String) -> Completion {
        let (words, endsInWord) = Tokenizer.partialWords(textBeforeCursor)
        let done = endsInWord ? Array(words.dropLast()) : words
        let partial = endsInWord ? (words.last?.text ?? "") : ""
        let replacing = endsInWord ? textBeforeCursor.count - ((words.last?.column ?? 1) - 1) : 0
        let options = candidates(done: done.map(\.text), partial: partial)
        return Completion(replacing: replacing, candidates: options.filter { $0.hasPrefix(partial) }.sorted())
    }

    private func candidates(done: [String], partial: String) -> [String] {
        let registry = session.registry
        guard let match = registry.match(done) else {
            // Still naming the command: offer the words that can come next.
            return registry.nextWords(after: done)
        }
        let spec = match.spec
        let rest = Array(done.dropFirst(match.length))
        let followers = registry.nextWords(after: spec.path)
        if let last = rest.last, last.hasPrefix("--"), !last.contains("="),
            let flag = spec.allFlags.first(where: { "--" + $0.name == last }), flag.kind != .toggle {
            return values(for: flag.completion, partial: partial)
        }
        if partial.hasPrefix("-") {
            return spec.allFlags.map { "--" + $0.name }
        }
        let position = positionalCount(rest, spec: spec)
        var options: [String] = []
        if rest.isEmpty { options += followers }
        if let argument = spec.arguments.indices.contains(position)
            ? spec.arguments[position] : spec.arguments.last.flatMap({ $0.isVariadic ? $0 : nil }) {
            options += values(for: argument.completion, partial: partial, done: rest)
        }
        return options
    }

    private func positionalCount(_ words: [String], spec: CommandSpec) -> Int {
        var count = 0
        var index = 0
        while index < words.count {
            let word = words[index]
            if word.hasPrefix("--"), let flag = spec.allFlags.first(where: { "--" + $0.name == word }) {
                index += flag.kind == .toggle ? 1 : 2
                continue
            }
            if !word.hasPrefix("-") { count += 1 }
            index += 1
        }
        return count
    }

    private func values(for kind: CompletionKind, partial: String, done: [String] = []) -> [String] {
        switch kind {
        case .none: return []
        case .values(let words): return words
        case .ids(let name): return session.ids(name)
        case .commands: return session.registry.nextWords(after: done)
        case .files: return Completer.paths(matching: partial)
        }
    }

    /// Files and folders whose path starts with `partial`; folders end in `/`.
    static func paths(matching partial: String) -> [String] {
        let folder: String
        let namePrefix: String
        if let slash = partial.lastIndex(of: "/") {
            folder = String(partial[...slash])
            namePrefix = String(partial[partial.index(after: slash)...])
        } else {
            folder = ""
            namePrefix = partial
        }
        let listed = folder.isEmpty ? "." : folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: listed) else { return [] }
        return names.filter { $0.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.hasPrefix(".")) }
            .prefix(500)
            .map { name in
                var isFolder: ObjCBool = false
                let path = folder + name
                _ = FileManager.default.fileExists(atPath: listed + "/" + name, isDirectory: &isFolder)
                return isFolder.boolValue ? path + "/" : path
            }
    }
}
