/// Splits CSV bytes into fields following RFC 4180, with the relaxations documented on `CSVReader`.
struct CSVTokenizer {
    private let bytes: [UInt8]
    private let fileName: String
    private let options: CSVReadOptions

    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(bytes: [UInt8], fileName: String, options: CSVReadOptions) {
        self.bytes = bytes
        self.fileName = fileName
        self.options = options
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")

    /// Reads the header and every data row.
    mutating func tokenize() throws(ModelingError) -> CSVTable {
        skipBlankLines()
        guard index < bytes.count else {
            throw csvError(line: 1, column: 1, "the file is empty; expected a header line")
        }
        var starts: [Int] = []
        var ends: [Int] = []
        var escapes: [Bool] = []
        let headerLine = line
        try readRow(&starts, &ends, &escapes, row: nil)
        var header: [String] = []
        for field in 0..<starts.count {
            let name = String(decoding: unescape(bytes[starts[field]..<ends[field]], escapes[field]), as: UTF8.self)
            let column = characterColumn(bytes, lineStart: 0, offset: starts[field])
            if name.isEmpty {
                throw csvError(line: headerLine, column: column, "header field \(field + 1) is empty; every column needs a name")
            }
            if header.contains(name) {
                throw csvError(line: headerLine, column: column, "header names column '\(name)' twice")
            }
            header.append(name)
        }
        var table = CSVTable(bytes: bytes, fileName: fileName, header: header)
        skipBlankLines()
        guard index < bytes.count else {
            throw csvError(line: headerLine, column: 1, "the file has a header but no data rows")
        }
        while index < bytes.count {
            let rowLine = line
            let rowLineStart = lineStart
            let before = table.fieldStarts.count
            try readRow(&table.fieldStarts, &table.fieldEnds, &table.fieldHasEscapes, row: header.count)
            let fieldCount = table.fieldStarts.count - before
            if fieldCount != header.count {
                let offset = fieldCount > header.count ? table.fieldStarts[before + header.count] : table.fieldEnds[table.fieldEnds.count - 1]
                var probe = CSVTable(bytes: bytes, fileName: fileName, header: header)
                probe.rowLines = [rowLine]
                probe.rowLineStarts = [rowLineStart]
                throw ModelingError(
                    .csv,
                    "\(probe.location(row: 0, offset: offset)): line \(rowLine) has \(fieldCount) field\(fieldCount == 1 ? "" : "s"), the header has \(header.count)")
            }
            table.rowLines.append(rowLine)
            table.rowLineStarts.append(rowLineStart)
            guard table.rowCount <= Dataset.maximumRowCount else {
                throw csvError(line: rowLine, column: 1, "the file has more than \(Dataset.maximumRowCount) data rows; the cap is \(Dataset.maximumRowCount) rows")
            }
            skipBlankLines()
        }
        return table
    }

    /// Reads one record, appending its fields; `row` is nil for the header (whose width sets the column cap check).
    private mutating func readRow(_ starts: inout [Int], _ ends: inout [Int], _ escapes: inout [Bool], row: Int?) throws(ModelingError) {
        var fieldsInRow = 0
        while true {
            fieldsInRow += 1
            if row == nil, fieldsInRow > options.maximumColumnCount {
                throw csvError(line: line, column: column(of: index), "the header has more than \(options.maximumColumnCount) columns; the cap is \(options.maximumColumnCount) columns")
            }
            let (start, end, escaped) = try readField()
            starts.append(start)
            ends.append(end)
            escapes.append(escaped)
            guard index < bytes.count else { return }
            let byte = bytes[index]
            if byte == Self.comma {
                index += 1
                continue
            }
            consumeLineEnd()
            return
        }
    }

    /// Reads one field and leaves `index` on the delimiter, line end or end of file after it.
    private mutating func readField() throws(ModelingError) -> (Int, Int, Bool) {
        let fieldStart = index
        if index < bytes.count, bytes[index] == Self.quote {
            let openLine = line
            let openColumn = column(of: index)
            index += 1
            let start = index
            var escaped = false
            while true {
                guard index < bytes.count else {
                    throw csvError(line: openLine, column: openColumn, "the quoted field opened here is never closed")
                }
                let byte = bytes[index]
                if byte == Self.quote {
                    if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                        escaped = true
                        index += 2
                        continue
                    }
                    let end = index
                    index += 1
                    if index < bytes.count {
                        let next = bytes[index]
                        if next != Self.comma && next != Self.carriageReturn && next != Self.lineFeed {
                            throw csvError(line: line, column: column(of: index), "unexpected character after a closing quote; a quote inside a quoted field must be doubled")
                        }
                    }
                    try checkLength(end - start, line: openLine, column: openColumn)
                    return (start, end, escaped)
                }
                if byte == Self.lineFeed || (byte == Self.carriageReturn && !(index + 1 < bytes.count && bytes[index + 1] == Self.lineFeed)) {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.comma || byte == Self.carriageReturn || byte == Self.lineFeed { break }
            if byte == Self.quote {
                throw csvError(line: line, column: column(of: index), "a quote inside an unquoted field; quote the whole field and double the quote")
            }
            index += 1
        }
        try checkLength(index - fieldStart, line: line, column: column(of: fieldStart))
        return (fieldStart, index, false)
    }

    private func checkLength(_ length: Int, line: Int, column: Int) throws(ModelingError) {
        if length > options.maximumFieldLength {
            throw csvError(line: line, column: column, "a field has \(length) bytes; the cap is \(options.maximumFieldLength) bytes per field")
        }
    }

    /// Consumes CRLF, LF or a lone CR.
    private mutating func consumeLineEnd() {
        guard index < bytes.count else { return }
        if bytes[index] == Self.carriageReturn {
            index += 1
            if index < bytes.count, bytes[index] == Self.lineFeed { index += 1 }
        } else if bytes[index] == Self.lineFeed {
            index += 1
        }
        line += 1
        lineStart = index
    }

    /// Skips lines with no characters at all; they carry no record.
    private mutating func skipBlankLines() {
        while index < bytes.count, bytes[index] == Self.carriageReturn || bytes[index] == Self.lineFeed {
            consumeLineEnd()
        }
    }

    private func column(of offset: Int) -> Int {
        characterColumn(bytes, lineStart: lineStart, offset: offset)
    }

    private func csvError(line: Int, column: Int, _ message: String) -> ModelingError {
        ModelingError(.csv, "\(csvLocation(fileName, line: line, column: column)): \(message)")
    }
}

private func unescape(_ slice: ArraySlice<UInt8>, _ escaped: Bool) -> [UInt8] {
    guard escaped else { return Array(slice) }
    var result: [UInt8] = []
    var skipNext = false
    for byte in slice {
        if skipNext {
            skipNext = false
            continue
        }
        result.append(byte)
        if byte == UInt8(ascii: "\"") { skipNext = true }
    }
    return result
}
