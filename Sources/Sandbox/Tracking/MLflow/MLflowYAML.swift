/// One value of a `meta.yaml` field: MLflow writes integers, strings, nulls and, for a run's
/// legacy `tags` field, an empty list.
enum MLflowYAMLValue: Equatable {
    case int(Int64)
    case string(String)
    case null
    case emptyList
}

/// Writes the flat `meta.yaml` mappings that MLflow's file store reads with PyYAML's safe loader.
///
/// Keys come out sorted, as MLflow's `write_yaml(sort_keys=True)` writes them. A string is plain
/// only when it cannot read back as anything else; otherwise it is single-quoted, or
/// double-quoted with escapes when it holds a line break or a character YAML cannot carry raw.
enum MLflowYAML {
    /// The document for `fields`, one `key: value` line each, keys in byte order.
    static func document(_ fields: [(key: String, value: MLflowYAMLValue)]) -> String {
        var out = ""
        for field in fields.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            out += field.key + ": " + text(field.value) + "\n"
        }
        return out
    }

    static func text(_ value: MLflowYAMLValue) -> String {
        switch value {
        case .int(let number): return String(number)
        case .string(let string): return scalar(string)
        case .null: return "null"
        case .emptyList: return "[]"
        }
    }

    /// `string` as a YAML scalar that reads back as exactly that string.
    static func scalar(_ string: String) -> String {
        if isPlainSafe(string) { return string }
        if string.unicodeScalars.allSatisfy(isRawPrintable) {
            return "'" + string.replacingAll("'", with: "''") + "'"
        }
        return doubleQuoted(string)
    }

    /// Words YAML 1.1 (PyYAML) reads as null or a Boolean, compared lowercased.
    private static let reservedWords: Set<String> = ["null", "true", "false", "yes", "no", "on", "off", "y", "n"]

    /// A letter, `_` or `/` first, then letters, digits and `_ . / : % + -`, not ending in `:`
    /// (which would start a mapping), and no word that reads as null or a Boolean. Numbers,
    /// dates and `.inf` all start with a digit, a sign or a dot, so they never pass.
    private static func isPlainSafe(_ string: String) -> Bool {
        let bytes = Array(string.utf8)
        guard let first = bytes.first, let last = bytes.last, last != UInt8(ascii: ":") else { return false }
        guard isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: "/") else { return false }
        let rest: Set<UInt8> = Set("_./:%+-".utf8)
        guard bytes.allSatisfy({ isLetter($0) || isDigit($0) || rest.contains($0) }) else { return false }
        return !reservedWords.contains(string.lowercased())
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Characters a quoted scalar may hold as they are: printable ASCII and the printable ranges
    /// of PyYAML's reader, less the characters YAML 1.1 treats as line breaks or a byte-order mark.
    private static func isRawPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: return true
        case 0x2028, 0x2029, 0xFEFF: return false
        case 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func doubleQuoted(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let other where isRawPrintable(other): out.unicodeScalars.append(other)
            case let other where other.value <= 0xFFFF: out += "\\u" + hex(other.value, digits: 4)
            case let other: out += "\\U" + hex(other.value, digits: 8)
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

extension String {
    /// This string with every `target` scalar replaced; scalars, not characters, so a quote
    /// followed by a combining mark is still found.
    fileprivate func replacingAll(_ target: Unicode.Scalar, with replacement: String) -> String {
        var out = ""
        for scalar in unicodeScalars {
            if scalar == target { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
