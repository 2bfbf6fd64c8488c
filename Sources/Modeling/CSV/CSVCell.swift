import Glibc

/// What a cell in a numeric column turned out to be.
enum NumericCell {
    /// A finite number.
    case number(Double)
    /// Empty, or one of the not-a-number / infinity spellings, all read as missing.
    case missing
    /// Not a number.
    case invalid
}

/// Parsers for single CSV cells, working on bytes so large files make no `String` per number.
enum CSVCell {
    /// Parses a numeric cell; ASCII spaces around it are ignored.
    ///
    /// Accepted: `[+-]digits[.digits][(e|E)[+-]digits]` and `[+-].digits…`, rounded correctly by
    /// `strtod`. Read as missing (NaN), since a model cannot learn from them: the empty cell, and
    /// case-insensitively `nan`, `inf`, `infinity`, each optionally signed. Hex floats are rejected.
    static func numeric(_ field: UnsafeBufferPointer<UInt8>) -> NumericCell {
        let trimmed = trimSpaces(field)
        if trimmed.isEmpty { return .missing }
        if isNonFiniteSpelling(trimmed) { return .missing }
        guard isDecimalNumber(trimmed) else { return .invalid }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: trimmed.count + 1) { buffer -> NumericCell in
            for offset in 0..<trimmed.count { buffer[offset] = CChar(bitPattern: trimmed[offset]) }
            buffer[trimmed.count] = 0
            guard let base = buffer.baseAddress else { return .invalid }
            let value = strtod(base, nil)
            // A literal too large for a double overflows to ±inf: treat it like an infinity spelling.
            return value.isFinite ? .number(value) : .missing
        }
    }

    /// Parses `true`/`false` in any letter case; nil for anything else (the empty cell is handled by callers).
    static func boolean(_ field: UnsafeBufferPointer<UInt8>) -> Bool? {
        let trimmed = trimSpaces(field)
        if equalsIgnoringCase(trimmed, "true") { return true }
        if equalsIgnoringCase(trimmed, "false") { return false }
        return nil
    }

    /// Parses a timestamp: integer Unix seconds, `YYYY-MM-DD`, or `YYYY-MM-DD[T ]HH:MM:SS[Z]` (UTC).
    static func timestamp(_ field: UnsafeBufferPointer<UInt8>) -> Int64? {
        let text = trimSpaces(field)
        if let seconds = integer(text, from: 0, to: text.count) { return seconds }
        guard text.count == 10 || text.count == 19 || text.count == 20 else { return nil }
        guard text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-"),
            let year = integer(text, from: 0, to: 4), let month = integer(text, from: 5, to: 7),
            let day = integer(text, from: 8, to: 10), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var seconds = daysFromCivil(year: year, month: month, day: day) * 86_400
        if text.count >= 19 {
            guard text[10] == UInt8(ascii: "T") || text[10] == UInt8(ascii: " "),
                text[13] == UInt8(ascii: ":"), text[16] == UInt8(ascii: ":"),
                let hour = integer(text, from: 11, to: 13), let minute = integer(text, from: 14, to: 16),
                let second = integer(text, from: 17, to: 19), hour < 24, minute < 60, second < 60
            else { return nil }
            if text.count == 20, text[19] != UInt8(ascii: "Z") { return nil }
            seconds += hour * 3600 + minute * 60 + second
        }
        return seconds
    }

    private static func trimSpaces(_ field: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = field.count
        while start < end, field[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, field[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return UnsafeBufferPointer(rebasing: field[start..<end])
    }

    private static func isDecimalNumber(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = text.count
        if index < count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
        var digits = 0
        while index < count, isDigit(text[index]) { index += 1; digits += 1 }
        if index < count, text[index] == UInt8(ascii: ".") {
            index += 1
            while index < count, isDigit(text[index]) { index += 1; digits += 1 }
        }
        guard digits > 0 else { return false }
        if index < count, text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") {
            index += 1
            if index < count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
            var exponentDigits = 0
            while index < count, isDigit(text[index]) { index += 1; exponentDigits += 1 }
            guard exponentDigits > 0 else { return false }
        }
        return index == count
    }

    private static func isNonFiniteSpelling(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var body = text
        if let first = text.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            body = UnsafeBufferPointer(rebasing: text[1...])
        }
        return equalsIgnoringCase(body, "nan") || equalsIgnoringCase(body, "inf") || equalsIgnoringCase(body, "infinity")
    }

    private static func equalsIgnoringCase(_ text: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard text.count == word.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for index in 0..<text.count where text[index] | 0x20 != expected[index] { return false }
        return true
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// A non-negative or negative decimal integer filling `text[from..<to]`, at most 18 digits.
    private static func integer(_ text: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int64? {
        var index = from
        var negative = false
        if index < to, text[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        guard index < to, to - index <= 18 else { return nil }
        var value: Int64 = 0
        while index < to {
            guard isDigit(text[index]) else { return nil }
            value = value * 10 + Int64(text[index] - 0x30)
            index += 1
        }
        return negative ? -value : value
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    /// Source: Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", `days_from_civil`.
    private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
