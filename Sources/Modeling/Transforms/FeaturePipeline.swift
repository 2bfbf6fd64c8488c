/// The fitted steps that turn a dataset's feature columns into a `FeatureMatrix`.
///
/// Fitted on training data only and stored with the model, so serving applies exactly the
/// training-time transformation. Per feature column, in dataset order:
/// - numeric and timestamp (seconds): standardised, or one-hot bucketised if a bucket count is given;
/// - boolean: 0/1 (missing as the training mean), then standardised;
/// - categorical: one-hot over the training categories.
public struct FeaturePipeline: Sendable, Equatable {
    /// One fitted step per feature column.
    public let steps: [FeatureStep]

    /// Creates a pipeline from fitted steps.
    public init(steps: [FeatureStep]) {
        self.steps = steps
    }

    /// Fits on the columns with role `.feature`; `bucketCounts` maps numeric column names to bucket counts.
    public static func fit(on dataset: Dataset, bucketCounts: [String: Int] = [:]) throws(ModelingError) -> FeaturePipeline {
        for name in bucketCounts.keys.sorted() {
            let column = try dataset.column(named: name)
            guard column.values.type == .numeric || column.values.type == .timestamp else {
                throw ModelingError(.schemaMismatch, "column '\(name)' is \(column.values.type.rawValue); only numeric or timestamp columns can be bucketised")
            }
        }
        var steps: [FeatureStep] = []
        for column in dataset.columns where column.role == .feature {
            switch column.values {
            case .categorical(let codes, let categories):
                steps.append(.oneHot(column: column.name, OneHotEncoder.fit(codes: codes, categories: categories)))
            case .numeric, .boolean, .timestamp:
                let values = numericView(column.values)
                if let count = bucketCounts[column.name] {
                    steps.append(.bucketized(column: column.name, try Bucketizer.fit(values, bucketCount: count, column: column.name)))
                } else {
                    steps.append(.standardized(column: column.name, try Standardizer.fit(values, column: column.name)))
                }
            }
        }
        guard !steps.isEmpty else {
            throw ModelingError(.schemaMismatch, "the dataset has no feature columns; the columns are \(dataset.columnList)")
        }
        return FeaturePipeline(steps: steps)
    }

    /// The output column names, in order: `age`, `city=Paris`, `income#2` (bucket 2, from 0).
    public var featureNames: [String] {
        steps.flatMap { step -> [String] in
            switch step {
            case .standardized(let column, _): [column]
            case .oneHot(let column, let encoder): encoder.categories.map { "\(column)=\($0)" }
            case .bucketized(let column, let bucketizer): (0..<bucketizer.bucketCount).map { "\(column)#\($0)" }
            }
        }
    }

    /// Transforms `dataset` (which must have every column a step names, with the same type) into a matrix.
    public func transform(_ dataset: Dataset) throws(ModelingError) -> FeatureMatrix {
        let names = featureNames
        let width = names.count
        let rows = dataset.rowCount
        var matrix = [Double](repeating: 0, count: rows * width)
        var offset = 0
        for step in steps {
            let column = try dataset.column(named: step.columnName)
            switch (step, column.values) {
            case (.oneHot(_, let encoder), .categorical(let codes, let categories)):
                let positions = encoder.outputPositions(names: categories)
                for row in 0..<rows where codes[row] >= 0 {
                    let position = positions[Int(codes[row])]
                    if position >= 0 { matrix[row * width + offset + position] = 1 }
                }
                offset += encoder.categories.count
            case (.standardized(_, let scaler), .numeric), (.standardized(_, let scaler), .boolean),
                (.standardized(_, let scaler), .timestamp):
                let values = numericView(column.values)
                for row in 0..<rows { matrix[row * width + offset] = scaler.transform(values[row]) }
                offset += 1
            case (.bucketized(_, let bucketizer), .numeric), (.bucketized(_, let bucketizer), .timestamp):
                let values = numericView(column.values)
                for row in 0..<rows {
                    if let bucket = bucketizer.bucket(of: values[row]) { matrix[row * width + offset + bucket] = 1 }
                }
                offset += bucketizer.bucketCount
            default:
                throw ModelingError(
                    .schemaMismatch,
                    "column '\(step.columnName)' is \(column.values.type.rawValue), but the pipeline was fitted on a different type")
            }
        }
        return try FeatureMatrix(rowCount: rows, values: matrix, names: names)
    }
}

/// A fitted transformation of one feature column.
public enum FeatureStep: Sendable, Equatable {
    /// (value − mean) / scale.
    case standardized(column: String, Standardizer)
    /// One 0/1 output per training category.
    case oneHot(column: String, OneHotEncoder)
    /// One 0/1 output per quantile bucket.
    case bucketized(column: String, Bucketizer)

    /// The dataset column this step reads.
    public var columnName: String {
        switch self {
        case .standardized(let column, _), .oneHot(let column, _), .bucketized(let column, _): column
        }
    }
}

/// Numeric, boolean (0/1) and timestamp (seconds) values as doubles, NaN for missing.
func numericView(_ values: ColumnValues) -> [Double] {
    switch values {
    case .numeric(let numbers): numbers
    case .boolean(let flags): flags.map { $0.map { $0 ? 1 : 0 } ?? .nan }
    case .timestamp(let seconds): seconds.map { $0.map(Double.init) ?? .nan }
    case .categorical(let codes, _): codes.map { $0 < 0 ? .nan : Double($0) }
    }
}
