/// One metric of an analysis template: what to measure, how often, and how to judge each value.
///
/// Defaults are Argo Rollouts' (pkg/apis/rollouts/v1alpha1/analysis_types.go): `failureLimit` 0,
/// `inconclusiveLimit` 0, `consecutiveErrorLimit` 4, no initial delay, no interval, no count.
public struct AnalysisMetric: Sendable, Equatable {
    /// Unique among the metrics one analysis runs.
    public var name: String
    /// The query the host evaluates for each measurement; its number becomes `result`.
    public var query: Expression
    /// Seconds between measurements; nil takes one measurement (or measures until stopped, with a count).
    public var interval: Int64?
    /// How many measurements to take; nil (or 0, as Argo reads it) means "see `effectiveCount`".
    public var count: Int?
    /// Seconds from the start of the run to the first measurement.
    public var initialDelay: Int64
    /// A measurement whose `result` makes this true is Successful.
    public var successCondition: Expression?
    /// A measurement whose `result` makes this true is Failed (checked first; failure wins).
    public var failureCondition: Expression?
    /// The metric fails when more measurements than this fail; -1 never fails it on failures.
    public var failureLimit: Int
    /// The metric is Inconclusive when more measurements than this are inconclusive.
    public var inconclusiveLimit: Int
    /// The metric errors when more measurements than this error in a row.
    public var consecutiveErrorLimit: Int
    /// Where the metric starts in the file.
    public var location: SpecLocation
    /// Where each field was written, by its YAML key, for lint warnings.
    var fieldLocations: [String: SpecLocation]

    /// Argo's default `consecutiveErrorLimit` (analysis/analysis.go `DefaultConsecutiveErrorLimit`).
    public static let defaultConsecutiveErrorLimit = 4
    /// Argo retries a measurement that errored after 10 seconds (analysis/analysis.go `DefaultErrorRetryInterval`).
    public static let errorRetrySeconds: Int64 = 10

    /// Creates a metric with Argo's defaults for everything not given.
    public init(
        name: String, query: Expression, interval: Int64? = nil, count: Int? = nil, initialDelay: Int64 = 0,
        successCondition: Expression? = nil, failureCondition: Expression? = nil, failureLimit: Int = 0,
        inconclusiveLimit: Int = 0, consecutiveErrorLimit: Int = AnalysisMetric.defaultConsecutiveErrorLimit,
        location: SpecLocation = SpecLocation(line: 1, column: 1)
    ) {
        self.name = name
        self.query = query
        self.interval = interval
        self.count = count
        self.initialDelay = initialDelay
        self.successCondition = successCondition
        self.failureCondition = failureCondition
        self.failureLimit = failureLimit
        self.inconclusiveLimit = inconclusiveLimit
        self.consecutiveErrorLimit = consecutiveErrorLimit
        self.location = location
        self.fieldLocations = [:]
    }

    /// How many measurements end the metric, or nil when it measures until the run is stopped.
    ///
    /// Argo's `Metric.EffectiveCount`: a count of 0 is no count; with no count, a metric without an
    /// interval measures once and a metric with an interval never stops on its own.
    public var effectiveCount: Int? {
        if let count, count > 0 { return count }
        return interval == nil ? 1 : nil
    }

    /// Where `key` was written, or the metric when it was left to its default.
    func location(of key: String) -> SpecLocation {
        fieldLocations[key] ?? location
    }
}
