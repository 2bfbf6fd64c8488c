import Foundation

/// Text from a report made safe for where it goes: a terminal, a spreadsheet cell, a web page.
///
/// A report may come from anyone, so a name could carry terminal escape sequences (which can
/// rewrite the instructor's screen or window title) or a formula (which a spreadsheet would run).
public enum SafeText {
    /// `text` with every control character (C0, DEL, C1, which start escape sequences) and the
    /// bidirectional overrides replaced by `�`, so it prints as what it is.
    public static func terminal(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isUnsafe(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    /// A CSV cell: controls replaced as for a terminal (line breaks too), a leading `=`, `+`, `-`,
    /// `@`, tab or carriage return neutralised with a `'` (OWASP's advice against formula
    /// injection), and quoted as RFC 4180 asks when it holds a comma or a quote.
    public static func spreadsheetCell(_ text: String) -> String {
        var cell = text
        if let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            cell = "'" + cell
        }
        cell = terminal(cell)
        guard cell.contains(where: { $0 == "," || $0 == "\"" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Text for HTML: `&`, `<`, `>`, `"` and `'` as entities, controls replaced.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in terminal(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
}
