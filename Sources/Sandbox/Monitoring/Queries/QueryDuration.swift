/// Windows as PromQL writes them: `30s`, `5m`, `1h`, `1d`, `1w`, or combined largest unit first, `1h30m`.
public enum QueryDuration {
    /// The longest window a query may ask for: 400 days.
    public static let maximumSeconds: Int64 = 400 * 86_400

    private static let units: [(symbol: Character, seconds: Int64)] = [("w", 604_800), ("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)]

    /// The seconds that `text` means; a clear error for anything else.
    public static func seconds(parsing text: String) throws(SandboxError) -> Int64 {
        let hint = "write a number and a unit (s, m, h, d, w), like \"30s\", \"5m\", \"1h\" or \"1h30m\""
        guard !text.isEmpty, text.count <= 32 else { throw SandboxError("'\(text)' is not a duration", hint: hint) }
        var total: Int64 = 0
        var digits: Int64 = 0
        var haveDigits = false
        var lastUnit = -1
        for character in text {
            if let digit = character.wholeNumberValue, character.isASCII {
                digits = digits * 10 + Int64(digit)
                haveDigits = true
                guard digits <= maximumSeconds else { throw SandboxError("'\(text)' is longer than 400 days") }
                continue
            }
            guard let unit = units.firstIndex(where: { $0.symbol == character }) else {
                throw SandboxError("'\(text)' is not a duration: '\(character)' is not a unit", hint: hint)
            }
            guard haveDigits else { throw SandboxError("'\(text)' is not a duration: a number goes before '\(character)'", hint: hint) }
            guard unit > lastUnit else {
                throw SandboxError("'\(text)' is not a duration: units go from largest to smallest, each once", hint: hint)
            }
            total += digits * units[unit].seconds
            guard total <= maximumSeconds else { throw SandboxError("'\(text)' is longer than 400 days") }
            digits = 0
            haveDigits = false
            lastUnit = unit
        }
        guard !haveDigits else { throw SandboxError("'\(text)' is not a duration: the number needs a unit", hint: hint) }
        guard total > 0 else { throw SandboxError("a window must be longer than 0 seconds; got '\(text)'") }
        return total
    }

    /// The shortest text for `seconds`: 300 → `5m`, 5400 → `1h30m`, 0 → `0s`.
    public static func text(_ seconds: Int64) -> String {
        guard seconds > 0 else { return "\(seconds)s" }
        var rest = seconds
        var text = ""
        for unit in units where rest >= unit.seconds {
            text += "\(rest / unit.seconds)\(unit.symbol)"
            rest %= unit.seconds
        }
        return text
    }
}
