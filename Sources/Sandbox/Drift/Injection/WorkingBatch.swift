import Modeling

/// A batch's columns while injections change them, read and replaced by name.
///
/// Reads check the column's presence and type and throw a message naming the injection, so a batch
/// that does not come from the scenario the injections were checked against fails clearly.
struct WorkingBatch {
    private(set) var columns: [Column]
    let rowCount: Int

    init(_ dataset: Dataset) {
        columns = dataset.columns
        rowCount = dataset.rowCount
    }

    func index(of name: String) -> Int? {
        columns.firstIndex { $0.name == name }
    }

    func contains(_ name: String) -> Bool {
        index(of: name) != nil
    }

    func column(_ name: String, for id: String) throws(SandboxError) -> Column {
        guard let index = index(of: name) else {
            throw SandboxError(DriftInjectionMessages.batchMissingColumn(id: id, column: name))
        }
        return columns[index]
    }

    func numeric(_ name: String, for id: String) throws(SandboxError) -> [Double] {
        let values = try column(name, for: id).values
        guard case .numeric(let numbers) = values else { throw wrongType(name, values, "numeric", id) }
        return numbers
    }

    func categorical(_ name: String, for id: String) throws(SandboxError) -> (codes: [Int32], categories: [String]) {
        let values = try column(name, for: id).values
        guard case .categorical(let codes, let categories) = values else { throw wrongType(name, values, "categorical", id) }
        return (codes, categories)
    }

    func boolean(_ name: String, for id: String) throws(SandboxError) -> [Bool?] {
        let values = try column(name, for: id).values
        guard case .boolean(let flags) = values else { throw wrongType(name, values, "boolean", id) }
        return flags
    }

    func timestamps(_ name: String, for id: String) throws(SandboxError) -> [Int64?] {
        let values = try column(name, for: id).values
        guard case .timestamp(let times) = values else { throw wrongType(name, values, "a timestamp", id) }
        return times
    }

    /// Replaces the values of column `name` (which must exist), keeping its name, role and place.
    mutating func replace(_ name: String, with values: ColumnValues) {
        guard let index = index(of: name) else { return }
        columns[index] = Column(name: name, role: columns[index].role, values: values)
    }

    /// Replaces column `name` (which must exist) with `replacement`, in its place.
    mutating func replaceColumn(_ name: String, with replacement: [Column]) {
        guard let index = index(of: name) else { return }
        columns.replaceSubrange(index...index, with: replacement)
    }

    func dataset() throws(SandboxError) -> Dataset {
        do {
            return try Dataset(columns: columns)
        } catch {
            throw SandboxError(DriftInjectionMessages.batchNotBuilt(error.message))
        }
    }

    private func wrongType(_ name: String, _ values: ColumnValues, _ expected: String, _ id: String) -> SandboxError {
        SandboxError(DriftInjectionMessages.batchWrongType(id: id, column: name, type: values.type, expected: expected))
    }
}
