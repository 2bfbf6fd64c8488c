/// Entry points: one column, a dataset, or prepared references against a current window.
extension DriftVerdict {
    /// Decides drift for one column as Evidently 0.7's `ValueDrift` would.
    /// - Throws: `DriftError` (see `PreparedReference.verdict(current:options:)`).
    public static func compare(_ column: DriftColumn, options: ColumnDriftOptions = ColumnDriftOptions())
        throws(DriftError) -> DriftVerdict
    {
        try PreparedReference(name: column.name, sample: column.reference)
            .verdict(current: column.current, options: options)
    }
}

extension DatasetDriftVerdict {
    /// Decides drift for every column, then for the dataset, as Evidently 0.7's `DataDriftPreset`.
    /// - Throws: the first column's `DriftError`, or one for invalid dataset options.
    public static func compare(_ columns: [DriftColumn], options: DatasetDriftOptions = DatasetDriftOptions())
        throws(DriftError) -> DatasetDriftVerdict
    {
        var verdicts: [DriftVerdict] = []
        verdicts.reserveCapacity(columns.count)
        for column in columns {
            verdicts.append(try DriftVerdict.compare(column, options: options.options(for: column.name)))
        }
        return try DatasetDriftVerdict(columns: verdicts, driftShare: options.driftShare, correction: options.correction)
    }

    /// Compares a current window, one sample per prepared reference in the same order, serially.
    /// - Throws: `DriftError` when the counts differ or a column fails.
    public static func compare(
        references: [PreparedReference], currents: [ColumnSample], options: DatasetDriftOptions = DatasetDriftOptions()
    ) throws(DriftError) -> DatasetDriftVerdict {
        try checkAligned(references, currents)
        var verdicts: [DriftVerdict] = []
        verdicts.reserveCapacity(references.count)
        for (reference, current) in zip(references, currents) {
            verdicts.append(try reference.verdict(current: current, options: options.options(for: reference.name)))
        }
        return try DatasetDriftVerdict(columns: verdicts, driftShare: options.driftShare, correction: options.correction)
    }

    /// As `compare(references:currents:options:)`, one child task per column.
    ///
    /// Each column's verdict depends only on that column, and results are placed by index, so the
    /// outcome is identical to the serial run; the first failing column (in input order) is thrown.
    public static func compareInParallel(
        references: [PreparedReference], currents: [ColumnSample], options: DatasetDriftOptions = DatasetDriftOptions()
    ) async throws(DriftError) -> DatasetDriftVerdict {
        try checkAligned(references, currents)
        let results = await withTaskGroup(of: (Int, Result<DriftVerdict, DriftError>).self) { group in
            for (index, (reference, current)) in zip(references, currents).enumerated() {
                let columnOptions = options.options(for: reference.name)
                group.addTask {
                    do throws(DriftError) {
                        return (index, .success(try reference.verdict(current: current, options: columnOptions)))
                    } catch {
                        return (index, .failure(error))
                    }
                }
            }
            var ordered = [Result<DriftVerdict, DriftError>?](repeating: nil, count: references.count)
            for await (index, result) in group { ordered[index] = result }
            return ordered
        }
        var verdicts: [DriftVerdict] = []
        verdicts.reserveCapacity(results.count)
        for result in results {
            guard let result else { continue }
            verdicts.append(try result.get())
        }
        return try DatasetDriftVerdict(columns: verdicts, driftShare: options.driftShare, correction: options.correction)
    }

    private static func checkAligned(_ references: [PreparedReference], _ currents: [ColumnSample]) throws(DriftError) {
        guard references.count == currents.count else {
            throw DriftError(
                .mismatchedColumns,
                DriftMessages.columnCountMismatch(references: references.count, currents: currents.count))
        }
    }
}
