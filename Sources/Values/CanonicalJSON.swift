/// The canonical JSON text of a value, for signing: what two programs agree on byte for byte.
///
/// Object members are sorted by the Unicode scalars of their names, nothing is indented or spaced,
/// strings escape only `"`, `\`, and the controls below U+0020 (`\b`, `\f`, `\n`, `\r`, `\t`, and
/// `\u00xx` in lowercase hex for the rest), as RFC 8785 does; numbers are written as
/// ``JSONWriter`` writes them. For values whose non-integer numbers are below 10^15 this is
/// exactly Python's `json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`,
/// which is how an independent verifier rebuilds the signed bytes.
public enum CanonicalJSON {
    /// The canonical text of `value`.
    public static func string(_ value: Value) -> String {
        var out = ""
        write(value, into: &out)
        return out
    }

    /// The canonical text of `value` as UTF-8 bytes.
    public static func bytes(_ value: Value) -> [UInt8] {
        Array(string(value).utf8)
    }

    private static func write(_ value: Value, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .double(let number): out += JSONWriter.number(number)
        case .string(let text): quote(text, into: &out)
        case .list(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            let sorted = fields.sorted { $0.name.unicodeScalars.lexicographicallyPrecedes($1.name.unicodeScalars) }
            for (index, field) in sorted.enumerated() {
                if index > 0 { out += "," }
                quote(field.name, into: &out)
                out += ":"
                write(field.value, into: &out)
            }
            out += "}"
        }
    }

    private static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
