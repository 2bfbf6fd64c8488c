/// A named set of metrics that rollouts refer to, like Argo's `AnalysisTemplate`.
public struct AnalysisTemplate: Sendable, Equatable {
    /// Unique in the spec file.
    public var name: String
    /// The metrics, in the order written (at least one).
    public var metrics: [AnalysisMetric]
    /// Where the template starts in the file.
    public var location: SpecLocation

    /// Creates a template.
    public init(name: String, metrics: [AnalysisMetric], location: SpecLocation = SpecLocation(line: 1, column: 1)) {
        self.name = name
        self.metrics = metrics
        self.location = location
    }
}

/// The templates one analysis runs together: their metrics are merged into one run, as Argo merges
/// the templates of an `analysis:` block (utils/analysis/helpers.go `flattenMetrics`).
public struct AnalysisReference: Sendable, Equatable {
    /// Template names, in the order written.
    public var templates: [String]
    /// Where the `analysis` block is written.
    public var location: SpecLocation

    /// Creates a reference.
    public init(templates: [String], location: SpecLocation = SpecLocation(line: 1, column: 1)) {
        self.templates = templates
        self.location = location
    }
}
