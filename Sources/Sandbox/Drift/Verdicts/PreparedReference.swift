import Stats

/// One reference column cleaned, sorted and summarised once, to compare with many current windows.
///
/// Holds the sorted non-missing values, their count, distinct count and (numeric) population
/// standard deviation, so each comparison only cleans and sorts the current window.
public struct PreparedReference: Sendable {
    /// The column's name.
    public let name: String
    /// Numeric or categorical.
    public let kind: ColumnKind
    private let storage: Storage

    private enum Storage: Sendable {
        case numeric(PreparedNumbers)
        case categorical(sorted: [String])
    }

    /// Cleans and sorts the reference sample of column `name`.
    /// - Throws: `DriftError` when nothing is left after dropping missing values.
    public init(name: String, sample: ColumnSample) throws(DriftError) {
        self.name = name
        kind = sample.kind
        switch sample {
        case .numeric(let values):
            let clean = CleanNumbers(values)
            guard !clean.sorted.isEmpty else {
                throw DriftError(
                    .emptyAfterDropping,
                    DriftMessages.emptyAfterDropping(column: name, side: "reference", dropped: clean.dropped))
            }
            storage = .numeric(PreparedNumbers(clean))
        case .categorical(let labels):
            guard !labels.isEmpty else {
                throw DriftError(
                    .emptyAfterDropping, DriftMessages.emptyAfterDropping(column: name, side: "reference", dropped: 0))
            }
            storage = .categorical(sorted: labels.sorted())
        }
    }

    /// Reference rows left after dropping missing values (Evidently's N).
    public var count: Int {
        switch storage {
        case .numeric(let numbers): numbers.sorted.count
        case .categorical(let sorted): sorted.count
        }
    }

    /// Missing values dropped from the reference.
    public var droppedCount: Int {
        switch storage {
        case .numeric(let numbers): numbers.dropped
        case .categorical: 0
        }
    }

    /// Compares a current window with this reference and decides drift as Evidently 0.7 would.
    /// - Throws: `DriftError` for an empty window, a kind mismatch, a method that does not apply, or
    ///   a non-finite threshold.
    public func verdict(current: ColumnSample, options: ColumnDriftOptions = ColumnDriftOptions()) throws(DriftError)
        -> DriftVerdict
    {
        guard current.kind == kind else {
            throw DriftError(
                .mismatchedColumns, DriftMessages.kindMismatch(column: name, reference: kind, current: current.kind))
        }
        if let method = options.method, !method.allowedKinds.contains(kind) {
            throw DriftError(.methodNotApplicable, DriftMessages.methodNotApplicable(method, column: name, kind: kind))
        }
        if let threshold = options.threshold, !threshold.isFinite {
            throw DriftError(.invalidOption, DriftMessages.invalidThreshold(threshold, column: name))
        }
        switch (storage, current) {
        case (.numeric(let reference), .numeric(let values)):
            return try numericVerdict(reference, current: CleanNumbers(values), options: options)
        case (.categorical(let reference), .categorical(let labels)):
            return try categoricalVerdict(reference, current: labels, options: options)
        default:
            throw DriftError(
                .mismatchedColumns, DriftMessages.kindMismatch(column: name, reference: kind, current: current.kind))
        }
    }

    private func numericVerdict(
        _ reference: PreparedNumbers, current: CleanNumbers, options: ColumnDriftOptions
    ) throws(DriftError) -> DriftVerdict {
        guard !current.sorted.isEmpty else {
            throw DriftError(
                .emptyAfterDropping,
                DriftMessages.emptyAfterDropping(column: name, side: "current", dropped: current.dropped))
        }
        let distinct = unionDistinctCount(reference.sorted, current.sorted)
        let (method, choice) = decide(options, referenceCount: reference.sorted.count, distinctCount: distinct)
        do {
            let score = try NumericScoring.score(method, reference: reference, sortedCurrent: current.sorted)
            return DriftVerdict(
                column: name, method: method, choice: choice, score: score, threshold: options.threshold,
                sizes: SampleSizes(
                    reference: reference.sorted.count, current: current.sorted.count,
                    droppedFromReference: reference.dropped, droppedFromCurrent: current.dropped,
                    distinctValues: distinct))
        } catch {
            throw DriftError.statistics(error, column: name)
        }
    }

    private func categoricalVerdict(
        _ reference: [String], current labels: [String], options: ColumnDriftOptions
    ) throws(DriftError) -> DriftVerdict {
        guard !labels.isEmpty else {
            throw DriftError(
                .emptyAfterDropping, DriftMessages.emptyAfterDropping(column: name, side: "current", dropped: 0))
        }
        let counts = CategoryShares(sortedReference: reference, sortedCurrent: labels.sorted())
        let distinct = counts.categories.count
        let (method, choice) = decide(options, referenceCount: reference.count, distinctCount: distinct)
        do {
            let score = try CategoricalScoring.score(method, counts: counts)
            return DriftVerdict(
                column: name, method: method, choice: choice, score: score, threshold: options.threshold,
                sizes: SampleSizes(
                    reference: reference.count, current: labels.count, droppedFromReference: 0,
                    droppedFromCurrent: 0, distinctValues: distinct))
        } catch {
            throw DriftError.statistics(error, column: name)
        }
    }

    private func decide(_ options: ColumnDriftOptions, referenceCount: Int, distinctCount: Int)
        -> (DriftMethod, MethodChoice)
    {
        if let method = options.method { return (method, .chosen) }
        let method = MethodChoice.defaultMethod(
            kind: kind, referenceCount: referenceCount, distinctCount: distinctCount)
        return (method, .evidentlyDefault(kind: kind, referenceCount: referenceCount, distinctCount: distinctCount))
    }
}
