/// Every command the program knows, looked up by its words.
public struct CommandRegistry: Sendable {
    private(set) var specs: [CommandSpec] = []

    /// An empty registry.
    public init() {}

    /// A registry holding `specs`.
    public init(_ specs: [CommandSpec]) {
        for spec in specs { register(spec) }
    }

    /// Adds a command; a command with the same words is replaced.
    public mutating func register(_ spec: CommandSpec) {
        specs.removeAll { $0.path == spec.path }
        specs.append(spec)
    }

    /// All commands, sorted by name.
    public var commands: [CommandSpec] {
        specs.sorted { $0.name < $1.name }
    }

    /// The command named exactly by `path`.
    public func command(_ path: [String]) -> CommandSpec? {
        specs.first { $0.path == path }
    }

    /// The command that the leading words name (the longest match) and how many words it used.
    public func match(_ words: [String]) -> (spec: CommandSpec, length: Int)? {
        var best: (spec: CommandSpec, length: Int)?
        for spec in specs where spec.path.count <= words.count && Array(words.prefix(spec.path.count)) == spec.path {
            if best.map({ spec.path.count > $0.length }) ?? true {
                best = (spec, spec.path.count)
            }
        }
        return best
    }

    /// Whether `word` is the first word of some command.
    public func isNoun(_ word: String) -> Bool {
        specs.contains { $0.path.first == word }
    }

    /// The words that can follow `prefix` (an empty prefix gives the first words of all commands).
    public func nextWords(after prefix: [String]) -> [String] {
        var words = Set<String>()
        for spec in specs where spec.path.count > prefix.count && Array(spec.path.prefix(prefix.count)) == prefix {
            words.insert(spec.path[prefix.count])
        }
        return words.sorted()
    }

    /// Commands that begin with `prefix` (for grouped help).
    public func commands(under prefix: [String]) -> [CommandSpec] {
        commands.filter { Array($0.path.prefix(prefix.count)) == prefix }
    }
}
