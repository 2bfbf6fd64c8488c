/// The fields of a CSV file as byte ranges into its bytes, before any type conversion.
struct CSVTable {
    /// The file's bytes with a UTF-8 byte order mark removed.
    let bytes: [UInt8]
    /// The file name used in messages.
    let fileName: String
    /// Header names, in order.
    let header: [String]
    /// Byte offset where each field starts (after an opening quote) and ends (before a closing quote), row-major.
    var fieldStarts: [Int] = []
    var fieldEnds: [Int] = []
    /// Whether a field was quoted and holds doubled quotes that must be collapsed.
    var fieldHasEscapes: [Bool] = []
    /// The 1-based line where each data row starts, and the byte offset where that line starts.
    var rowLines: [Int] = []
    var rowLineStarts: [Int] = []

    var rowCount: Int { rowLines.count }
    var columnCount: Int { header.count }

    /// `file:line:column` of a byte offset inside data row `row`; the column counts characters from 1.
    func location(row: Int, offset: Int) -> String {
        var line = rowLines[row]
        var lineStart = rowLineStarts[row]
        var index = lineStart
        while index < offset {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n"))) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return csvLocation(fileName, line: line, column: characterColumn(bytes, lineStart: lineStart, offset: offset))
    }

    /// The text of one field, with doubled quotes collapsed.
    func text(row: Int, column: Int) -> String {
        let field = row * columnCount + column
        let slice = bytes[fieldStarts[field]..<fieldEnds[field]]
        guard fieldHasEscapes[field] else { return String(decoding: slice, as: UTF8.self) }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(slice.count)
        var skipNext = false
        for byte in slice {
            if skipNext {
                skipNext = false
                continue
            }
            unescaped.append(byte)
            if byte == UInt8(ascii: "\"") { skipNext = true }
        }
        return String(decoding: unescaped, as: UTF8.self)
    }
}

/// Formats a location as `file:line:column`.
func csvLocation(_ fileName: String, line: Int, column: Int) -> String {
    "\(fileName):\(line):\(column)"
}

/// The 1-based character column of `offset` on a line starting at `lineStart` (UTF-8 continuation bytes not counted).
func characterColumn(_ bytes: [UInt8], lineStart: Int, offset: Int) -> Int {
    var column = 1
    var index = lineStart
    while index < offset && index < bytes.count {
        if bytes[index] & 0xC0 != 0x80 { column += 1 }
        index += 1
    }
    return column
}
