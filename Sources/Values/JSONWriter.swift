/// Writes values as JSON text: compact or indented, fields in their order, deterministic.
public struct JSONWriter: Sendable {
    /// Spaces per indentation level; 0 writes everything on one line.
    public var indent: Int

    /// Creates a writer.
    public init(indent: Int = 2) {
        self.indent = indent
    }

    /// The JSON text of `value`. Non-finite doubles, which JSON cannot express, become null.
    public func string(_ value: Value) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(value, depth: 0, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(_ value: Value, depth: Int, into out: inout [UInt8]) {
        switch value {
        case .null: out += "null".utf8
        case .bool(let flag): out += (flag ? "true" : "false").utf8
        case .int(let number): out += String(number).utf8
        case .double(let number): out += JSONWriter.number(number).utf8
        case .string(let text): JSONWriter.quote(text, into: &out)
        case .list(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1, into: &out)
                write(item, depth: depth + 1, into: &out)
            }
            newline(depth, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}".utf8; return }
            out.append(UInt8(ascii: "{"))
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(depth + 1, into: &out)
                JSONWriter.quote(field.name, into: &out)
                out += (indent > 0 ? ": " : ":").utf8
                write(field.value, depth: depth + 1, into: &out)
            }
            newline(depth, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ depth: Int, into out: inout [UInt8]) {
        guard indent > 0 else { return }
        out.append(UInt8(ascii: "\n"))
        out += repeatElement(UInt8(ascii: " "), count: depth * indent)
    }

    /// The shortest text that reads back as `number`; integers keep a `.0` off.
    static func number(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int(number))
        }
        return String(number)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string literal: `"`, `\\`, the C0 controls, DEL and the C1
    /// controls escaped (so no terminal escape sequence survives in the text), the rest as it is.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var previous: UInt8 = 0
        for byte in text.utf8 {
            // A C1 control is U+0080–U+009F: UTF-8 C2 80 to C2 9F. Its C2 was held back.
            if previous == 0xC2 {
                previous = 0
                if (0x80...0x9F).contains(byte) {
                    out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
                    continue
                }
                out.append(0xC2)
            }
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20, 0x7F: out += [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            case 0xC2: previous = 0xC2
            default: out.append(byte)
            }
        }
        if previous == 0xC2 { out.append(0xC2) }
        out.append(UInt8(ascii: "\""))
    }
}
