/// Writes datasets as CSV that `CSVReader` reads back to the same values.
///
/// Cells are quoted only when they contain a comma, a quote, CR or LF, or start or end with a
/// space (which the numeric parser would trim); quotes are doubled. Lines end in LF. Numbers use
/// Swift's shortest round-trip form; missing values are empty cells; timestamps are written as
/// `YYYY-MM-DDTHH:MM:SSZ`. Round-tripping keeps values, not always inferred types: a
/// categorical column whose labels all look like numbers reads back as numeric unless overridden.
public struct CSVWriter: Sendable {
    /// Whether to defuse spreadsheet formulas: a text cell starting with `=`, `+`, `-`, `@`, tab or CR
    /// gets a leading `'` (OWASP "CSV Injection"). Off by default because it changes the text.
    /// Numbers and booleans are never prefixed: the writer formats them itself.
    public var spreadsheetSafe: Bool

    /// Creates a writer.
    public init(spreadsheetSafe: Bool = false) {
        self.spreadsheetSafe = spreadsheetSafe
    }

    /// The dataset as CSV text with a header line.
    public func text(for dataset: Dataset) -> String {
        var output = ""
        output += dataset.columns.map { escape($0.name, isText: true) }.joined(separator: ",")
        output += "\n"
        for row in 0..<dataset.rowCount {
            var first = true
            for column in dataset.columns {
                if !first { output += "," }
                first = false
                output += cell(column.values, row: row)
            }
            output += "\n"
        }
        return output
    }

    /// Writes the dataset to `path`, replacing the file.
    public func write(_ dataset: Dataset, to path: String) throws(ModelingError) {
        try writeFileBytes(path: path, bytes: Array(text(for: dataset).utf8))
    }

    private func cell(_ values: ColumnValues, row: Int) -> String {
        switch values {
        case .numeric(let numbers):
            let value = numbers[row]
            return value.isNaN ? "" : "\(value)"
        case .categorical(let codes, let categories):
            let code = codes[row]
            return code < 0 ? "" : escape(categories[Int(code)], isText: true)
        case .boolean(let flags):
            return flags[row].map { $0 ? "true" : "false" } ?? ""
        case .timestamp(let seconds):
            return seconds[row].map(isoTimestamp) ?? ""
        }
    }

    private func escape(_ text: String, isText: Bool) -> String {
        var body = text
        if spreadsheetSafe, isText, let first = body.utf8.first,
            [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains(first)
        {
            body = "'" + body
        }
        let needsQuotes = body.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || body.utf8.first == UInt8(ascii: " ") || body.utf8.last == UInt8(ascii: " ")
        guard needsQuotes else { return body }
        var quoted = "\""
        for character in body.unicodeScalars {
            if character == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(character)
        }
        return quoted + "\""
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` for Unix seconds.
/// Source: Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", `civil_from_days`.
public func isoTimestamp(_ seconds: Int64) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay % 3600 / 60, 2)):\(pad(secondOfDay % 60, 2))Z"
}
