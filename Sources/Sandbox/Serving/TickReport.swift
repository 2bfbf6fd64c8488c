/// What one version did in one tick: the observations monitoring ingests.
public struct VersionTick: Sendable {
    /// The version.
    public var version: Int
    /// Requests answered with a score.
    public var ok = 0
    /// Requests that failed (injected errors, shed load, inputs the model could not read).
    public var errors = 0
    /// Requests answered with a NaN score.
    public var invalid = 0
    /// Latency of every request, in seconds.
    public var latencies: [Double] = []
    /// Every score returned (finite ones).
    public var scores: [Double] = []
    /// Replicas during the tick.
    public var replicas = 1
    /// Utilisation during the tick.
    public var utilization = 0.0

    /// Creates an empty tick for `version`.
    public init(version: Int) {
        self.version = version
    }

    /// All requests.
    public var requests: Int { ok + errors + invalid }
}

/// One tick of simulated traffic: its start time and each live version's observations.
public struct TickReport: Sendable {
    /// Virtual start of the tick, seconds.
    public var time: Int64
    /// Per live version.
    public var versions: [VersionTick]
    /// Shadow comparisons in this tick: the live and shadow scores of mirrored requests.
    public var shadowPairs: [(live: Double, shadow: Double)] = []
    /// Sampled ok predictions (batch row, version, score), which wait for their labels.
    var sampled: [(row: Int, version: Int, score: Double)] = []
}

/// What `traffic run` did.
public struct TrafficSummary: Sendable, Equatable {
    /// Virtual start and end, seconds.
    public var from: Int64
    /// Virtual end, seconds.
    public var to: Int64
    /// Requests served.
    public var requests: Int
    /// Per version: requests, errors, invalid, p99 latency in ms, mean score.
    public var versions: [VersionSummary]
    /// Replica changes made by autoscalers: (time, version, from, to).
    public var scaling: [ScaleEvent]
    /// Whether it stopped early (Ctrl-C or the time limit) at a tick boundary.
    public var stoppedEarly: Bool

    /// One version's totals.
    public struct VersionSummary: Sendable, Equatable {
        /// The version.
        public var version: Int
        /// Requests answered.
        public var requests: Int
        /// Failed requests.
        public var errors: Int
        /// NaN scores.
        public var invalid: Int
        /// The 99th percentile of latency, milliseconds.
        public var p99Milliseconds: Double
        /// The mean score of ok requests.
        public var meanScore: Double
    }

    /// One autoscaler decision that changed the replica count.
    public struct ScaleEvent: Sendable, Equatable {
        /// When, seconds.
        public var time: Int64
        /// Which version.
        public var version: Int
        /// Replicas before.
        public var from: Int
        /// Replicas after.
        public var to: Int
    }
}
