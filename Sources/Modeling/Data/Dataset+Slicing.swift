extension Dataset {
    /// The rows in `range`, as a new dataset with the same schema.
    public func rows(_ range: Range<Int>) throws(ModelingError) -> Dataset {
        guard range.lowerBound >= 0, range.upperBound <= rowCount else {
            throw ModelingError(
                .invalidParameter, "row range \(range.lowerBound)..<\(range.upperBound) is outside 0..<\(rowCount)")
        }
        return try filter(rows: Array(range))
    }

    /// The columns called `names`, in the order given.
    public func select(columns names: [String]) throws(ModelingError) -> Dataset {
        var picked: [Column] = []
        for name in names { picked.append(try column(named: name)) }
        return try Dataset(columns: picked)
    }

    /// The rows at `indices`, in that order (repeats allowed, as in a bootstrap sample).
    public func filter(rows indices: [Int]) throws(ModelingError) -> Dataset {
        if let bad = indices.first(where: { $0 < 0 || $0 >= rowCount }) {
            throw ModelingError(.invalidParameter, "row index \(bad) is outside 0..<\(rowCount)")
        }
        return try Dataset(columns: columns.map { Column(name: $0.name, role: $0.role, values: $0.values.gathering(indices)) })
    }

    /// This dataset's rows followed by `other`'s; the schemas (names, types, roles, order) must match.
    ///
    /// Categorical columns are re-encoded over the union of both category lists.
    public func appending(_ other: Dataset) throws(ModelingError) -> Dataset {
        guard schema == other.schema else {
            throw ModelingError(.schemaMismatch, "cannot append: \(schemaDifference(other))")
        }
        guard rowCount + other.rowCount <= Self.maximumRowCount else {
            throw ModelingError(
                .capExceeded,
                "appending gives \(rowCount + other.rowCount) rows; the cap is \(Self.maximumRowCount) rows")
        }
        var joined: [Column] = []
        for (mine, theirs) in zip(columns, other.columns) {
            joined.append(Column(name: mine.name, role: mine.role, values: concatenate(mine.values, theirs.values)))
        }
        return try Dataset(columns: joined)
    }

    private func schemaDifference(_ other: Dataset) -> String {
        guard columns.count == other.columns.count else {
            return "this dataset has \(columns.count) columns, the other has \(other.columns.count)"
        }
        for (index, pair) in zip(schema, other.schema).enumerated() where pair.0 != pair.1 {
            return "column \(index + 1) is '\(pair.0.name)' (\(pair.0.type.rawValue), \(pair.0.role.rawValue)) here "
                + "but '\(pair.1.name)' (\(pair.1.type.rawValue), \(pair.1.role.rawValue)) in the other"
        }
        return "the schemas differ"
    }
}

private func concatenate(_ first: ColumnValues, _ second: ColumnValues) -> ColumnValues {
    switch (first, second) {
    case (.numeric(let a), .numeric(let b)): return .numeric(a + b)
    case (.boolean(let a), .boolean(let b)): return .boolean(a + b)
    case (.timestamp(let a), .timestamp(let b)): return .timestamp(a + b)
    case (.categorical(let codesA, let namesA), .categorical(let codesB, let namesB)):
        if namesA == namesB { return .categorical(codes: codesA + codesB, categories: namesA) }
        let labelsA = codesA.map { $0 < 0 ? nil : namesA[Int($0)] }
        let labelsB = codesB.map { $0 < 0 ? nil : namesB[Int($0)] }
        return .categorical(labels: labelsA + labelsB)
    default:
        // The schema check above guarantees matching types.
        return first
    }
}
