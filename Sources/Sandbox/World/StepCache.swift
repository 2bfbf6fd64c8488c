/// Completed pipeline steps by fingerprint, so an unchanged step is skipped and its outputs reused.
///
/// A fingerprint covers the step's resolved spec, its inputs' content hashes and the program
/// version, as `dvc repro` and Kubeflow's execution cache key their reuse.
public struct StepCache: Sendable, Equatable {
    /// The most entries kept; the oldest go first.
    public static let maximumEntries = 5_000

    /// What a cached step produced.
    public struct Entry: Sendable, Equatable {
        /// Output name → artifact hash (or, for metrics, the report hash).
        public var outputs: [String: String]
        /// The run that executed the step.
        public var runID: String
        /// Metrics the step logged, replayed into a run that reuses it.
        public var metrics: [RunMetric]

        /// Creates an entry.
        public init(outputs: [String: String], runID: String, metrics: [RunMetric]) {
            self.outputs = outputs
            self.runID = runID
            self.metrics = metrics
        }
    }

    private var entries: [String: Entry] = [:]
    private var order: [String] = []

    /// Creates an empty cache.
    public init() {}

    /// The entry for `fingerprint`, if the step ran before.
    public func entry(_ fingerprint: String) -> Entry? { entries[fingerprint] }

    /// Records a completed step.
    public mutating func record(_ fingerprint: String, _ entry: Entry) {
        if entries.updateValue(entry, forKey: fingerprint) == nil { order.append(fingerprint) }
        while order.count > Self.maximumEntries {
            entries[order.removeFirst()] = nil
        }
    }

    /// How many steps are cached.
    public var count: Int { entries.count }
}
