/// Reads CSV files (RFC 4180) into datasets, inferring column types.
///
/// Rules, beyond RFC 4180:
/// - a UTF-8 byte order mark at the start is dropped; any other invalid UTF-8 is an error at its line:column;
/// - lines may end in CRLF, LF or a lone CR, mixed freely; a final line end is optional; empty lines are skipped;
/// - a quote inside an unquoted field, or text after a closing quote, is an error;
/// - the first record is the header: non-empty, unique names; every later record must have as many fields.
///
/// Type inference, per column, over its non-empty cells: numeric if every one parses as a number
/// (see `CSVCell.numeric` — `nan`/`inf` spellings count and are read as missing); else boolean if
/// every one is `true`/`false` (any case); else categorical. A column with no non-empty cell is
/// numeric and all missing. Timestamps are never inferred: ask for them with a type override.
/// Every column's role is `.feature`; set roles with `Dataset.settingRole(_:forColumn:)`.
public enum CSVReader {
    /// Reads the file at `path`; messages name it as given.
    public static func read(path: String, options: CSVReadOptions = CSVReadOptions()) throws(ModelingError) -> Dataset {
        let bytes = try readFileBytes(path: path, maximumSize: options.maximumFileSize)
        return try parse(bytes: bytes, fileName: path, options: options)
    }

    /// Parses CSV text already in memory; `fileName` is used in messages.
    public static func parse(bytes: [UInt8], fileName: String, options: CSVReadOptions = CSVReadOptions()) throws(ModelingError) -> Dataset {
        guard bytes.count <= options.maximumFileSize else {
            throw ModelingError(.capExceeded, "\(fileName): the file has \(bytes.count) bytes; the cap is \(options.maximumFileSize) bytes")
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes[3...]) : bytes
        if let bad = body.withUnsafeBufferPointer({ firstInvalidUTF8Offset($0) }) {
            var line = 1
            var lineStart = 0
            for index in 0..<bad where body[index] == UInt8(ascii: "\n") || (body[index] == UInt8(ascii: "\r") && body[index + 1] != UInt8(ascii: "\n")) {
                line += 1
                lineStart = index + 1
            }
            let column = characterColumn(body, lineStart: lineStart, offset: bad)
            throw ModelingError(.csv, "\(csvLocation(fileName, line: line, column: column)): invalid UTF-8 (byte 0x\(hex(body[bad])))")
        }
        var tokenizer = CSVTokenizer(bytes: body, fileName: fileName, options: options)
        let table = try tokenizer.tokenize()
        for name in options.typeOverrides.keys.sorted() where !table.header.contains(name) {
            throw ModelingError(.schemaMismatch, "\(fileName): a type override names column '\(name)', which the header does not have")
        }
        var columns: [Column] = []
        for (index, name) in table.header.enumerated() {
            let values = try convert(table, column: index, as: options.typeOverrides[name])
            columns.append(Column(name: name, values: values))
        }
        return try Dataset(columns: columns)
    }

    private static func convert(_ table: CSVTable, column: Int, as requested: ColumnType?) throws(ModelingError) -> ColumnValues {
        switch requested {
        case .numeric?: return try numeric(table, column: column, strict: true) ?? .numeric([])
        case .boolean?: return try boolean(table, column: column, strict: true) ?? .boolean([])
        case .timestamp?: return try timestamp(table, column: column)
        case .categorical?: return categorical(table, column: column)
        case nil:
            if let values = try numeric(table, column: column, strict: false) { return values }
            if let values = try boolean(table, column: column, strict: false) { return values }
            return categorical(table, column: column)
        }
    }

    /// Numeric values, or nil (when not strict) at the first cell that is not a number.
    private static func numeric(_ table: CSVTable, column: Int, strict: Bool) throws(ModelingError) -> ColumnValues? {
        var values = [Double](repeating: .nan, count: table.rowCount)
        var failedRow: Int?
        table.bytes.withUnsafeBufferPointer { bytes in
            for row in 0..<table.rowCount {
                let field = row * table.columnCount + column
                let cell = UnsafeBufferPointer(rebasing: bytes[table.fieldStarts[field]..<table.fieldEnds[field]])
                switch CSVCell.numeric(cell) {
                case .number(let value): values[row] = value
                case .missing: continue
                case .invalid:
                    failedRow = row
                    return
                }
            }
        }
        if let row = failedRow {
            guard strict else { return nil }
            throw cellError(table, row: row, column: column, "'\(table.text(row: row, column: column))' is not a number")
        }
        return .numeric(values)
    }

    private static func boolean(_ table: CSVTable, column: Int, strict: Bool) throws(ModelingError) -> ColumnValues? {
        var values = [Bool?](repeating: nil, count: table.rowCount)
        for row in 0..<table.rowCount {
            let field = row * table.columnCount + column
            if table.fieldStarts[field] == table.fieldEnds[field] { continue }
            let parsed = table.bytes.withUnsafeBufferPointer {
                CSVCell.boolean(UnsafeBufferPointer(rebasing: $0[table.fieldStarts[field]..<table.fieldEnds[field]]))
            }
            guard let value = parsed else {
                guard strict else { return nil }
                throw cellError(table, row: row, column: column, "'\(table.text(row: row, column: column))' is not true or false")
            }
            values[row] = value
        }
        return .boolean(values)
    }

    private static func timestamp(_ table: CSVTable, column: Int) throws(ModelingError) -> ColumnValues {
        var values = [Int64?](repeating: nil, count: table.rowCount)
        for row in 0..<table.rowCount {
            let field = row * table.columnCount + column
            if table.fieldStarts[field] == table.fieldEnds[field] { continue }
            let parsed = table.bytes.withUnsafeBufferPointer {
                CSVCell.timestamp(UnsafeBufferPointer(rebasing: $0[table.fieldStarts[field]..<table.fieldEnds[field]]))
            }
            guard let value = parsed else {
                throw cellError(
                    table, row: row, column: column,
                    "'\(table.text(row: row, column: column))' is not a timestamp (Unix seconds, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)")
            }
            values[row] = value
        }
        return .timestamp(values)
    }

    /// Categorical values; the empty cell is missing.
    private static func categorical(_ table: CSVTable, column: Int) -> ColumnValues {
        var firstSeen: [String: Int32] = [:]
        var names: [String] = []
        var codes = [Int32](repeating: -1, count: table.rowCount)
        for row in 0..<table.rowCount {
            let field = row * table.columnCount + column
            if table.fieldStarts[field] == table.fieldEnds[field] { continue }
            let label = table.text(row: row, column: column)
            if let code = firstSeen[label] {
                codes[row] = code
            } else {
                let code = Int32(names.count)
                firstSeen[label] = code
                names.append(label)
                codes[row] = code
            }
        }
        // Re-code so categories are sorted: order must not depend on which label came first.
        let order = names.indices.sorted { utf8Ascending(names[$0], names[$1]) }
        var remap = [Int32](repeating: 0, count: names.count)
        for (sortedPosition, original) in order.enumerated() { remap[original] = Int32(sortedPosition) }
        for row in 0..<codes.count where codes[row] >= 0 { codes[row] = remap[Int(codes[row])] }
        return .categorical(codes: codes, categories: order.map { names[$0] })
    }

    private static func cellError(_ table: CSVTable, row: Int, column: Int, _ message: String) -> ModelingError {
        let field = row * table.columnCount + column
        return ModelingError(
            .csv, "\(table.location(row: row, offset: table.fieldStarts[field])): column '\(table.header[column])': \(message)")
    }
}

private func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
}
