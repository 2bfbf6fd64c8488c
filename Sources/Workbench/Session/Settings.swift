import Values

/// One setting the learner can change with `config set`.
public struct SettingSpec: Sendable {
    /// The key, e.g. `review.retention`.
    public var key: String
    /// One line on what it changes.
    public var summary: String
    /// The value when the learner set none.
    public var defaultValue: String
    /// Checks a proposed value and returns it in canonical form, or says what is accepted.
    public var validate: @Sendable (String) -> Result<String, CommandError>

    /// Creates a setting.
    public init(
        _ key: String, _ summary: String, default defaultValue: String,
        validate: @escaping @Sendable (String) -> Result<String, CommandError>
    ) {
        self.key = key
        self.summary = summary
        self.defaultValue = defaultValue
        self.validate = validate
    }

    /// A setting that takes one of `choices`.
    public static func choice(_ key: String, _ summary: String, _ choices: [String], default value: String) -> SettingSpec {
        SettingSpec(key, summary, default: value) { text in
            choices.contains(text)
                ? .success(text)
                : .failure(CommandError("\(key) takes one of \(choices.joined(separator: ", ")), not '\(text)'"))
        }
    }

    /// A setting that takes a whole number in `range`.
    public static func integer(_ key: String, _ summary: String, _ range: ClosedRange<Int>, default value: Int) -> SettingSpec {
        SettingSpec(key, summary, default: String(value)) { text in
            guard let number = Int(text), range.contains(number) else {
                return .failure(CommandError(
                    "\(key) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'"))
            }
            return .success(String(number))
        }
    }

    /// A setting that takes a decimal number in `range`.
    public static func decimal(_ key: String, _ summary: String, _ range: ClosedRange<Double>, default value: Double) -> SettingSpec {
        SettingSpec(key, summary, default: String(value)) { text in
            guard let number = Double(text), number.isFinite, range.contains(number) else {
                return .failure(CommandError(
                    "\(key) takes a number from \(range.lowerBound) to \(range.upperBound), not '\(text)'"))
            }
            return .success(String(number))
        }
    }
}

/// The learner's settings: defaults, overridden by `config.json` in the home folder.
public struct Settings: Sendable {
    /// The settings the program knows.
    public static let known: [SettingSpec] = [
        .choice("color", "colour and box drawing: auto (on a terminal without NO_COLOR), always or never",
                ["auto", "always", "never"], default: "auto"),
        .integer("history.size", "how many lines the REPL history keeps", 10...100_000, default: 1000),
        .integer("sandbox.command-seconds", "the longest a sandbox command may run before it stops, changing nothing", 5...3_600, default: 300),
        .decimal("review.retention", "the recall probability that spaced review aims for", 0.7...0.97, default: 0.9),
        SettingSpec("width", "line width: auto (the terminal's) or a number of columns from 40 to 400", default: "auto") { text in
            if text == "auto" { return .success(text) }
            guard let columns = Int(text), (40...400).contains(columns) else {
                return .failure(CommandError("width takes auto or a number from 40 to 400, not '\(text)'"))
            }
            return .success(String(columns))
        },
    ]

    /// Values set in the file, by key.
    public private(set) var overrides: [String: String] = [:]
    /// The file the settings are kept in; nil keeps them in memory.
    public var path: String?

    /// Default settings.
    public init(path: String? = nil) {
        self.path = path
    }

    /// Reads `config.json`; a missing file gives the defaults, a broken one an error naming the place.
    public static func load(from path: String) throws(CommandError) -> Settings {
        var settings = Settings(path: path)
        guard let text = try FileStore.read(path, maximumBytes: 1024 * 1024) else { return settings }
        let value: Value
        do {
            value = try JSONReader(maximumBytes: 1024 * 1024, maximumDepth: 8).parse(text)
        } catch {
            throw CommandError(
                error.message, hint: "fix or delete the file; 'config set' rewrites it",
                at: SourceLocation(file: path, line: error.line, column: error.column))
        }
        guard let fields = value.fields else {
            throw CommandError("\(path) must hold a JSON object of settings", hint: "fix or delete the file")
        }
        for field in fields {
            guard let spec = known.first(where: { $0.key == field.name }) else {
                throw CommandError(
                    "\(path): unknown setting '\(field.name)'",
                    hint: Suggestions.phrase(for: field.name, among: known.map(\.key)) ?? "see 'config show'")
            }
            let text = field.value.stringValue ?? field.value.doubleValue.map { JSONWriter(indent: 0).string(.double($0)) } ?? ""
            switch spec.validate(text) {
            case .success(let canonical): settings.overrides[spec.key] = canonical
            case .failure(let error): throw CommandError("\(path): \(error.message)", hint: "fix or delete the file")
            }
        }
        return settings
    }

    /// The effective value of `key`.
    public func value(_ key: String) -> String {
        overrides[key] ?? Settings.known.first { $0.key == key }?.defaultValue ?? ""
    }

    /// Where the effective value of `key` comes from: `default` or `config.json`.
    public func source(_ key: String) -> String {
        overrides[key] == nil ? "default" : "config.json"
    }

    /// Sets `key` to `text` after checking it, and saves the file.
    public mutating func set(_ key: String, to text: String) throws(CommandError) {
        guard let spec = Settings.known.first(where: { $0.key == key }) else {
            throw CommandError(
                "unknown setting '\(key)'",
                hint: Suggestions.phrase(for: key, among: Settings.known.map(\.key)) ?? "see 'config show'",
                kind: .usage)
        }
        var updated = self
        switch spec.validate(text) {
        case .success(let canonical): updated.overrides[key] = canonical
        case .failure(let error): throw error
        }
        try updated.save()
        self = updated
    }

    /// Returns `key` to its default and saves the file.
    public mutating func unset(_ key: String) throws(CommandError) {
        guard Settings.known.contains(where: { $0.key == key }) else {
            throw CommandError("unknown setting '\(key)'", hint: "see 'config show'", kind: .usage)
        }
        var updated = self
        updated.overrides[key] = nil
        try updated.save()
        self = updated
    }

    private func save() throws(CommandError) {
        guard let path else { return }
        let fields = Settings.known.compactMap { spec in overrides[spec.key].map { Value.Field(spec.key, .string($0)) } }
        try FileStore.writeAtomically(JSONWriter().string(.object(fields)) + "\n", to: path)
    }
}
