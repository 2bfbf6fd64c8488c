/// Checks one line of input — typed, piped or read from a script — before it is parsed.
public enum InputLine {
    /// The longest line accepted, in bytes.
    public static let maximumBytes = 64 * 1024

    /// The line as text, or an error that says what is wrong with it and at which column.
    ///
    /// Accepts UTF-8 without control characters other than tab; a trailing carriage return
    /// (a Windows line ending) is dropped.
    public static func decode(_ bytes: some Collection<UInt8>) throws(CommandError) -> String {
        var bytes = Array(bytes)
        if bytes.last == 0x0D { bytes.removeLast() }
        guard bytes.count <= maximumBytes else { throw overlongError(length: bytes.count) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let column = invalidUTF8Column(bytes)
            throw CommandError(
                "the line is not valid UTF-8 text", hint: "retype it, or save the script as UTF-8",
                at: SourceLocation(column: column), kind: .usage)
        }
        var column = 1
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                throw CommandError(
                    "the line holds the control character U+\(hex(scalar.value))",
                    hint: "remove it; commands are plain text",
                    at: SourceLocation(column: column), kind: .usage)
            }
            column += 1
        }
        return text
    }

    /// The error for a line of `length` bytes, over the limit.
    public static func overlongError(length: Int) -> CommandError {
        CommandError(
            "the line is \(length) bytes long, over the limit of \(maximumBytes) bytes",
            hint: "split it into several commands, or put long text in a file", kind: .usage)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The 1-based column (counted in characters) of the first byte that breaks UTF-8.
    private static func invalidUTF8Column(_ bytes: [UInt8]) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var valid = String.UnicodeScalarView()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            valid.append(scalar)
        }
        return String(valid).count + 1
    }
}
