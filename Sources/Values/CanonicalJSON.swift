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
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// The canonical text of `value` as UTF-8 bytes.
    public static func bytes(_ value: Value) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(value, into: &out)
        return out
    }

    private static func write(_ value: Value, into out: inout [UInt8]) {
        switch value {
        case .null: out += "null".utf8
        case .bool(let flag): out += (flag ? "true" : "false").utf8
        case .int(let number): out += String(number).utf8
        case .double(let number): out += JSONWriter.number(number).utf8
        case .string(let text): quote(text, into: &out)
        case .list(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(item, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            // UTF-8 byte order is code point order.
            let sorted = fields.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
            for (index, field) in sorted.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                quote(field.name, into: &out)
                out.append(UInt8(ascii: ":"))
                write(field.value, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Only ASCII needs escaping, so the text is copied byte by byte, multi-byte characters as they are.
    private static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, UInt8(ascii: "b")]
            case 0x0C: out += [0x5C, UInt8(ascii: "f")]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
