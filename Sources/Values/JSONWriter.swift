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
        var out = ""
        write(value, depth: 0, into: &out)
        return out
    }

    private func write(_ value: Value, depth: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .double(let number): out += JSONWriter.number(number)
        case .string(let text): JSONWriter.quote(text, into: &out)
        case .list(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(depth + 1, into: &out)
                write(item, depth: depth + 1, into: &out)
            }
            newline(depth, into: &out)
            out += "]"
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}"; return }
            out += "{"
            for (index, field) in fields.enumerated() {
                if index > 0 { out += "," }
                newline(depth + 1, into: &out)
                JSONWriter.quote(field.name, into: &out)
                out += indent > 0 ? ": " : ":"
                write(field.value, depth: depth + 1, into: &out)
            }
            newline(depth, into: &out)
            out += "}"
        }
    }

    private func newline(_ depth: Int, into out: inout String) {
        guard indent > 0 else { return }
        out += "\n"
        out += String(repeating: " ", count: depth * indent)
    }

    /// The shortest text that reads back as `number`; integers keep a `.0` off.
    static func number(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int(number))
        }
        return String(number)
    }

    /// Appends `text` as a JSON string literal.
    static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20 || c.value == 0x7F || (0x80...0x9F).contains(c.value):
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
