import Values

/// One command that changed a sandbox, as the transcript keeps it: the command line in canonical
/// form and, for every file it read, the SHA-256 of the bytes (kept beside the transcript).
struct TranscriptEntry: Equatable {
    /// The command line, e.g. `data generate fraud --days 30 --name tx`.
    var command: String
    /// Path as typed → SHA-256 of the bytes read.
    var files: [String: String]

    var value: Value {
        .object([
            "command": .string(command),
            "files": .object(files.keys.sorted().map { Value.Field($0, .string(files[$0] ?? "")) }),
        ])
    }

    init(command: String, files: [String: String] = [:]) {
        self.command = command
        self.files = files
    }

    init?(_ value: Value) {
        guard let command = value["command"]?.stringValue else { return nil }
        var files: [String: String] = [:]
        if case .object(let fields)? = value["files"] {
            for field in fields {
                guard let hash = field.value.stringValue else { return nil }
                files[field.name] = hash
            }
        }
        self.init(command: command, files: files)
    }

    /// The canonical command line of `invocation`: words quoted only where the tokenizer needs it,
    /// flags in the spec's order, `--json` left out (it changes how a result looks, not what it does).
    static func commandLine(_ invocation: Invocation) -> String {
        var words = invocation.spec.path
        words += invocation.arguments.map { Tokenizer.quoted($0.text) }
        for flag in invocation.spec.flags {
            switch flag.kind {
            case .toggle:
                if invocation.has(flag.name) { words.append("--" + flag.name) }
            case .value, .repeated:
                for value in invocation.allValues(flag.name) { words += ["--" + flag.name, Tokenizer.quoted(value)] }
            }
        }
        return words.joined(separator: " ")
    }

    /// A number as the transcript writes it: `5`, not `5.0`; `2.5` as is.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
