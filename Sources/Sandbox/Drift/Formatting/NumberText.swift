import Glibc

/// Short, honest number text for verdict reasons, without Foundation.
enum NumberText {
    /// Digits a score starts with; more are added only when needed to keep the comparison truthful.
    static let defaultSignificantDigits = 2

    /// A threshold as the user wrote it: shortest round-trip form, "1" rather than "1.0".
    static func threshold(_ value: Double) -> String {
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// A score with two significant digits, or more when the rounded text would compare with the
    /// threshold differently than the score does (0.0999 shown as "0.1" next to "≥ 0.1" would lie).
    static func score(_ value: Double, threshold: Double, comparison: DriftComparison) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        if value == threshold { return Self.threshold(threshold) }
        let truth = comparison.holds(value, threshold: threshold)
        var digits = defaultSignificantDigits
        while digits < 17 {
            let text = significant(value, digits: digits)
            if let shown = Double(text), comparison.holds(shown, threshold: threshold) == truth, shown != threshold {
                return text
            }
            digits += 1
        }
        return significant(value, digits: 17)
    }

    /// printf's %.*g: `digits` significant digits, trailing zeros removed.
    static func significant(_ value: Double, digits: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 40)
        let written = withVaList([Int32(digits), value]) { arguments in
            buffer.withUnsafeMutableBufferPointer { pointer in
                vsnprintf(pointer.baseAddress, pointer.count, "%.*g", arguments)
            }
        }
        guard written > 0 else { return value.description }
        let bytes = buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
