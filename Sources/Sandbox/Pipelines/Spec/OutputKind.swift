/// What a step output holds; an input argument names the kind it takes.
public enum OutputKind: String, Sendable, Equatable, CaseIterable {
    /// A table of rows.
    case dataset
    /// A fitted feature transformation.
    case features
    /// A trained model.
    case model
    /// Evaluation metrics.
    case metrics
    /// A validation or test report.
    case report
    /// A registered model version.
    case version

    /// The kind with an article, for messages: "a dataset", "metrics".
    public var phrase: String {
        switch self {
        case .dataset: "a dataset"
        case .features: "features"
        case .model: "a model"
        case .metrics: "metrics"
        case .report: "a report"
        case .version: "a model version"
        }
    }
}

/// One named output of a step kind.
public struct StepOutput: Sendable, Equatable {
    /// The name other steps use after the dot: `split.train`.
    public let name: String
    /// What it holds.
    public let kind: OutputKind

    /// Creates an output.
    public init(_ name: String, _ kind: OutputKind) {
        self.name = name
        self.kind = kind
    }
}
