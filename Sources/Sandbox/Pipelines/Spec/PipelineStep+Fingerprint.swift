extension PipelineStep {
    /// The version line that starts every fingerprint; a new encoding gets a new version, so old
    /// cache entries stop matching instead of matching wrongly.
    public static let fingerprintVersion = "pipeline-step/1"

    /// A canonical text of what the step does, for the executor to hash as a cache key: the kind,
    /// the needs (sorted), and every argument (sorted by name, maps by key), one per line.
    ///
    /// Call it on a resolved spec's steps. The id and the step's place in the file are left out,
    /// so renaming a step or moving it does not invalidate its cache. Values are written with
    /// their type: `30` (integer), `30.0` (number), `"text"` (escaped), `true`, `[…]`, `{…}`,
    /// `@step.output` (input), `expr("…")`, `param("…")` (an unresolved reference).
    public func fingerprintText() -> String {
        var lines = [Self.fingerprintVersion, "uses " + uses.rawValue]
        lines.append("needs [" + needs.sorted(by: FingerprintEncoding.utf8Ascending).map(FingerprintEncoding.quoted).joined(separator: ",") + "]")
        for key in arguments.keys.sorted(by: FingerprintEncoding.utf8Ascending) {
            guard let value = arguments[key] else { continue }
            lines.append("arg " + FingerprintEncoding.quoted(key) + " " + FingerprintEncoding.encode(value))
        }
        return lines.joined(separator: "\n")
    }
}

/// The canonical text of argument values.
enum FingerprintEncoding {
    static func encode(_ value: ArgumentValue) -> String {
        switch value {
        case .integer(let number): String(number)
        case .number(let number): number.description
        case .text(let text): quoted(text)
        case .bool(let flag): flag ? "true" : "false"
        case .list(let items): "[" + items.map(encode).joined(separator: ",") + "]"
        case .map(let entries):
            "{" + entries.sorted { utf8Ascending($0.key, $1.key) }.map { quoted($0.key) + ":" + encode($0.value) }
                .joined(separator: ",") + "}"
        case .input(let step, let output): "@" + step + "." + output
        case .expression(let expression): "expr(" + quoted(expression.text) + ")"
        case .paramReference(let name): "param(" + quoted(name) + ")"
        }
    }

    /// JSON-style quoting: `"` and `\` escaped, control characters as `\u00XX`.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func utf8Ascending(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
