/// Reading and writing the numbers learners type and GIFT files hold, without Foundation.
enum DecimalNumber {
    /// Reads a finite decimal or scientific number (`3.14`, `-2`, `.5`, `2.5e-3`, `1E+6`).
    ///
    /// `Double(_:)` alone would also take `nan`, `inf` and hexadecimal floats, which are not
    /// answers anyone means; the grammar is checked first and infinities are refused after.
    static func parse<S: StringProtocol>(_ text: S) -> Double? {
        guard matchesGrammar(text.utf8) else { return nil }
        guard let number = Double(String(text)), number.isFinite else { return nil }
        return number
    }

    /// Whether `text` is a number in form, even if it is too large to be finite.
    static func looksLikeNumber<S: StringProtocol>(_ text: S) -> Bool {
        matchesGrammar(text.utf8)
    }

    private static func matchesGrammar<C: Collection<UInt8>>(_ bytes: C) -> Bool {
        var index = bytes.startIndex
        func peek() -> UInt8? { index < bytes.endIndex ? bytes[index] : nil }
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        func skipDigits() -> Int {
            var count = 0
            while isDigit(peek()) { index = bytes.index(after: index); count += 1 }
            return count
        }
        if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index = bytes.index(after: index) }
        var digits = skipDigits()
        if peek() == UInt8(ascii: ".") {
            index = bytes.index(after: index)
            digits += skipDigits()
        }
        guard digits > 0 else { return false }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            index = bytes.index(after: index)
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index = bytes.index(after: index) }
            guard skipDigits() > 0 else { return false }
        }
        return index == bytes.endIndex
    }

    /// Writes a number so that `parse` gives back exactly the same value: whole numbers without
    /// a fraction (`50`, `-3`), everything else in Swift's shortest round-tripping form.
    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return number.description
    }

    /// Writes a number rounded to `places` decimals, as Moodle writes fractions (`33.33333`).
    static func format(_ number: Double, roundedTo places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return format((number * scale).rounded() / scale)
    }
}
