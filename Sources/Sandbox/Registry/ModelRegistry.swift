/// The model registry: registered models by name, with versions, aliases and an audit trail.
public struct ModelRegistry: Sendable, Equatable {
    /// The most versions one registered model may hold.
    public static let maximumVersions = 1_000

    /// Registered models, sorted by name.
    public private(set) var models: [RegisteredModel] = []

    /// Creates an empty registry.
    public init() {}

    /// The model called `name`, if registered.
    public func model(_ name: String) -> RegisteredModel? {
        models.first { $0.name == name }
    }

    /// The version an alias points at, as `NAME@ALIAS`, or nil.
    public func resolve(_ name: String, alias: String) -> ModelVersion? {
        guard let model = model(name), let number = model.aliases[alias] else { return nil }
        return model.version(number)
    }

    /// Adds a version of `name` (registering the model on first use) and returns its number.
    public mutating func addVersion(
        of name: String, runID: String, modelHash: String, source: String, at time: Int64, tags: [String: String] = [:]
    ) throws(SandboxError) -> Int {
        try Self.checkName(name, what: "model name")
        var model = model(name) ?? RegisteredModel(name: name, createdAt: time)
        guard model.versions.count < Self.maximumVersions else {
            throw SandboxError("'\(name)' already has \(Self.maximumVersions) versions, the most a model may hold")
        }
        let number = model.versions.count + 1
        model.versions.append(ModelVersion(version: number, runID: runID, modelHash: modelHash, source: source, createdAt: time, tags: tags))
        store(model)
        return number
    }

    /// Points `alias` of `name` at `version` (nil removes it), recording the move in the audit trail.
    public mutating func setAlias(_ alias: String, of name: String, to version: Int?, at time: Int64, by actor: String) throws(SandboxError) {
        try Self.checkName(alias, what: "alias")
        guard var model = model(name) else {
            throw SandboxError("no registered model '\(name)'", hint: registeredHint)
        }
        if let version, model.version(version) == nil {
            throw SandboxError("'\(name)' has no version \(version); it has versions 1…\(model.versions.count)")
        }
        let previous = model.aliases[alias]
        if previous == nil, version == nil {
            throw SandboxError("'\(name)' has no alias '\(alias)'")
        }
        model.aliases[alias] = version
        model.audit.append(AliasMove(alias: alias, from: previous, to: version, at: time, by: actor))
        store(model)
    }

    private mutating func store(_ model: RegisteredModel) {
        if let index = models.firstIndex(where: { $0.name == model.name }) {
            models[index] = model
        } else {
            models.append(model)
            models.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        }
    }

    private var registeredHint: String {
        models.isEmpty ? "register one with a pipeline's 'register' step" : "registered: \(models.map(\.name).joined(separator: ", "))"
    }

    /// Names and aliases: lowercase letters, digits, '-', '_' and '.', starting with a letter, at most 64.
    static func checkName(_ name: String, what: String) throws(SandboxError) {
        let allowed = name.utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }
        guard !name.isEmpty, name.utf8.count <= 64, allowed, let first = name.utf8.first, first >= 0x61, first <= 0x7A else {
            throw SandboxError(
                "'\(name)' is not a valid \(what)",
                hint: "use lowercase letters, digits, '-', '_' or '.', starting with a letter, at most 64 characters")
        }
    }
}
