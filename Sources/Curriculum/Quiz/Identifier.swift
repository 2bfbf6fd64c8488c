/// The rules for ids in content files: lowercase ASCII letters, digits and dashes, starting with
/// a letter, at most 48 characters.
enum Identifier {
    /// The longest id allowed.
    static let maximumLength = 48

    /// Whether `text` is a valid id.
    static func isValid(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, scalars.count <= maximumLength, isLetter(first) else {
            return false
        }
        return scalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "-" }
    }

    /// Turns any name into an id: ASCII letters lowercased, every other run of characters
    /// becomes one `-`, no leading or trailing `-`, `q-` in front when it would not start with a
    /// letter, cut to 48 characters. Empty when the name has no letter or digit at all.
    static func slug(_ name: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in name.unicodeScalars {
            var lowered = scalar
            if scalar.value >= 0x41, scalar.value <= 0x5A, let lower = Unicode.Scalar(scalar.value + 0x20) {
                lowered = lower
            }
            if isLetter(lowered) || isDigit(lowered) {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(lowered)
            } else {
                pendingDash = true
            }
        }
        guard let first = result.unicodeScalars.first else { return "" }
        if !isLetter(first) { result = "q-" + result }
        if result.unicodeScalars.count > maximumLength {
            result = String(String.UnicodeScalarView(result.unicodeScalars.prefix(maximumLength)))
            while result.hasSuffix("-") { result.removeLast() }
        }
        return result
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x61 && scalar.value <= 0x7A
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }
}
