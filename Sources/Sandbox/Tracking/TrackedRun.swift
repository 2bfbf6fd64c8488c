/// One tracked run: what a pipeline run was given, what it measured and what it produced.
///
/// The fields follow MLflow's run model (params, metrics with steps, tags, artifacts) so that
/// `tracking export --format mlflow` is a direct translation.
public struct TrackedRun: Sendable, Equatable {
    /// The run id: 32 lowercase hex digits, derived from the sandbox seed and the run's number.
    public var id: String
    /// The run's name, e.g. `fraud-training-3`.
    public var name: String
    /// The experiment's name (a pipeline's runs share the pipeline's name).
    public var experiment: String
    /// Whether it finished.
    public var status: RunStatus
    /// Virtual start time, milliseconds since the epoch.
    public var startTime: Int64
    /// Virtual end time, milliseconds since the epoch.
    public var endTime: Int64
    /// Parameters in the order they were logged.
    public var params: [RunParam]
    /// Metric measurements in the order they were logged.
    public var metrics: [RunMetric]
    /// Tags by key.
    public var tags: [String: String]
    /// What the run produced.
    public var artifacts: [RunArtifact]
    /// Where its inputs came from.
    public var lineage: RunLineage

    /// Creates a run.
    public init(
        id: String, name: String, experiment: String, status: RunStatus, startTime: Int64, endTime: Int64,
        params: [RunParam] = [], metrics: [RunMetric] = [], tags: [String: String] = [:], artifacts: [RunArtifact] = [],
        lineage: RunLineage = RunLineage()
    ) {
        self.id = id
        self.name = name
        self.experiment = experiment
        self.status = status
        self.startTime = startTime
        self.endTime = endTime
        self.params = params
        self.metrics = metrics
        self.tags = tags
        self.artifacts = artifacts
        self.lineage = lineage
    }

    /// The last value logged for each metric key, keys in first-logged order.
    public var latestMetrics: [(key: String, value: Double)] {
        var order: [String] = []
        var latest: [String: RunMetric] = [:]
        for metric in metrics {
            if latest[metric.key] == nil { order.append(metric.key) }
            if let previous = latest[metric.key], previous.step > metric.step { continue }
            latest[metric.key] = metric
        }
        return order.compactMap { key in latest[key].map { (key, $0.value) } }
    }

    /// The latest value of `key`, if the run logged it.
    public func metric(_ key: String) -> Double? {
        latestMetrics.first { $0.key == key }?.value
    }

    /// The value of parameter `key`, if the run logged it.
    public func param(_ key: String) -> String? {
        params.first { $0.key == key }?.value
    }
}

/// How a run ended.
public enum RunStatus: String, Sendable, Equatable {
    /// Every step succeeded or was skipped by the cache.
    case finished = "FINISHED"
    /// A step failed; its dependants did not run.
    case failed = "FAILED"
}

/// One parameter: MLflow keeps parameters as text.
public struct RunParam: Sendable, Equatable {
    /// The parameter's name.
    public var key: String
    /// Its value as text.
    public var value: String

    /// Creates a parameter.
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}

/// One measurement of a metric at a step (an iteration) and a virtual time.
public struct RunMetric: Sendable, Equatable {
    /// The metric's name, e.g. `auc` or `train.loss`.
    public var key: String
    /// The measured value (finite).
    public var value: Double
    /// The step: an iteration number, 0 for a single measurement.
    public var step: Int
    /// Virtual time, milliseconds since the epoch.
    public var timestamp: Int64

    /// Creates a measurement.
    public init(key: String, value: Double, step: Int = 0, timestamp: Int64) {
        self.key = key
        self.value = value
        self.step = step
        self.timestamp = timestamp
    }
}

/// Something a run produced, kept in the sandbox by content hash.
public struct RunArtifact: Sendable, Equatable {
    /// The artifact's path within the run, e.g. `model/model.json` or `data/train.csv`.
    public var path: String
    /// `dataset`, `model` or `report`.
    public var kind: String
    /// The content hash the sandbox stores it under.
    public var hash: String

    /// Creates an artifact entry.
    public init(path: String, kind: String, hash: String) {
        self.path = path
        self.kind = kind
        self.hash = hash
    }
}

/// Where a run's inputs came from.
public struct RunLineage: Sendable, Equatable {
    /// The content hashes of the datasets it read, in the order it read them.
    public var inputDatasets: [String]
    /// The run it was started from (a continuous-training trigger, a re-run), if any.
    public var parentRunID: String?
    /// SHA-256 of the pipeline file's bytes.
    public var pipelineHash: String?

    /// Creates lineage.
    public init(inputDatasets: [String] = [], parentRunID: String? = nil, pipelineHash: String? = nil) {
        self.inputDatasets = inputDatasets
        self.parentRunID = parentRunID
        self.pipelineHash = pipelineHash
    }
}
