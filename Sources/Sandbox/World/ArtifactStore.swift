import Modeling
import Values

/// Everything the sandbox produced, stored once by content hash.
public struct ArtifactStore: Sendable {
    /// The most artifacts of each kind a sandbox keeps.
    public static let maximumPerKind = 2_000

    private(set) var datasets: [String: Dataset] = [:]
    private(set) var models: [String: TrainedModel] = [:]
    private(set) var reports: [String: Value] = [:]
    private(set) var features: [String: FeaturePipeline] = [:]

    /// Creates an empty store.
    public init() {}

    /// Stores `dataset` and returns its hash.
    @discardableResult
    public mutating func store(_ dataset: Dataset) throws(SandboxError) -> String {
        let hash = dataset.contentHash
        if datasets[hash] == nil {
            try checkRoom(datasets.count, "datasets")
            datasets[hash] = dataset
        }
        return hash
    }

    /// Stores `model` and returns its hash.
    @discardableResult
    public mutating func store(_ model: TrainedModel) throws(SandboxError) -> String {
        let hash = try model.contentHash()
        if models[hash] == nil {
            try checkRoom(models.count, "models")
            models[hash] = model
        }
        return hash
    }

    /// Stores a report and returns its hash (of its JSON text).
    @discardableResult
    public mutating func store(report: Value) throws(SandboxError) -> String {
        let hash = sha256Hex(Array(JSONWriter(indent: 0).string(report).utf8))
        if reports[hash] == nil {
            try checkRoom(reports.count, "reports")
            reports[hash] = report
        }
        return hash
    }

    /// Stores a fitted feature pipeline and returns its hash (of its document).
    @discardableResult
    public mutating func store(features pipeline: FeaturePipeline) throws(SandboxError) -> String {
        let bytes: [UInt8]
        do { bytes = try pipeline.document.jsonBytes() } catch { throw SandboxError("cannot encode the feature pipeline: \(error.message)") }
        let hash = sha256Hex(bytes)
        if features[hash] == nil {
            try checkRoom(features.count, "feature pipelines")
            features[hash] = pipeline
        }
        return hash
    }

    /// The feature pipeline stored under `hash`.
    public func features(_ hash: String) -> FeaturePipeline? { features[hash] }

    /// The dataset stored under `hash`.
    public func dataset(_ hash: String) -> Dataset? { datasets[hash] }
    /// The model stored under `hash`.
    public func model(_ hash: String) -> TrainedModel? { models[hash] }
    /// The report stored under `hash`.
    public func report(_ hash: String) -> Value? { reports[hash] }

    private func checkRoom(_ count: Int, _ what: String) throws(SandboxError) {
        guard count < Self.maximumPerKind else {
            throw SandboxError("the sandbox holds \(Self.maximumPerKind) \(what), the most it keeps", hint: "start afresh with 'sandbox reset'")
        }
    }
}
