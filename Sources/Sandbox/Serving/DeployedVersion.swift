import Modeling
/// A registered model version running on a fleet of replicas.
public struct DeployedVersion: Sendable, Equatable {
    /// The registered version number.
    public var version: Int
    /// The model artifact it serves.
    public var modelHash: String
    /// Replicas running now.
    public var replicas: Int
    /// The autoscaler, when one is configured.
    public var autoscaler: Autoscaler?
    /// Injected faults of a bad build.
    public var faults: [ServingFault] = []
    /// How fast it answers.
    public var latency = LatencyModel()

    /// Creates a deployment.
    public init(version: Int, modelHash: String, replicas: Int) {
        self.version = version
        self.modelHash = modelHash
        self.replicas = replicas
    }

    var errorRate: Double {
        faults.reduce(0) { if case .errors(let rate) = $1 { return $0 + rate } else { return $0 } }
    }

    var nanRate: Double {
        faults.reduce(0) { if case .nan(let rate) = $1 { return $0 + rate } else { return $0 } }
    }

    var addedMilliseconds: Double {
        faults.reduce(0) { if case .latency(let milliseconds) = $1 { return $0 + milliseconds } else { return $0 } }
    }
}

/// One served request as the (sampled) request log keeps it.
public struct RequestRecord: Sendable, Equatable {
    /// The request's number in the sandbox, shown as `r000123`.
    public var id: Int64
    /// Virtual time it arrived, seconds.
    public var time: Int64
    /// The version that answered.
    public var version: Int
    /// `ok`, `error` or `invalid`.
    public var outcome: String
    /// The score returned (NaN when none).
    public var score: Double
    /// Latency in milliseconds, and its parts: service, queueing, injected.
    public var latency: (total: Double, service: Double, queue: Double, injected: Double)
    /// How it was routed, e.g. `canary weight 10: bucket 412 < 1000 → v3`.
    public var routing: String
    /// The scenario row's feature values, each as a one-row column of its type, by column name in
    /// column order: exact, so `explain` scores the very row that was served.
    public var features: [(name: String, value: ColumnValues)]
    /// The shadow version's score, when the request was mirrored.
    public var shadowScore: Double?

    public static func == (a: RequestRecord, b: RequestRecord) -> Bool {
        a.id == b.id && a.time == b.time && a.version == b.version && a.outcome == b.outcome
            && (a.score == b.score || (a.score.isNaN && b.score.isNaN)) && a.latency == b.latency && a.routing == b.routing
            && a.features.map(\.name) == b.features.map(\.name) && a.features.map(\.value) == b.features.map(\.value)
            && a.shadowScore == b.shadowScore
    }

    /// `r000123`.
    public var label: String {
        let digits = String(id)
        return "r" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
