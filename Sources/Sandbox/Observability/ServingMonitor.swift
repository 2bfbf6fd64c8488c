import Modeling
import Values

/// What the sandbox observes about serving: the metrics registry, alert rules, the labels that
/// have arrived for served predictions, and a window of served rows for drift reports.
public struct ServingMonitor: Sendable {
    /// The most served rows kept for drift reports.
    public static let maximumServedRows = 1_000_000
    /// The most labelled predictions kept per version for online quality.
    public static let maximumLabelled = 20_000
    /// One ok prediction in this many waits for its label.
    public static let labelSampling = 4

    /// Counters, histograms and gauges, scraped once per tick.
    public var metrics = MetricsRegistry()
    /// Alert rules and their states.
    public var alerts = AlertEvaluator()
    /// Served rows, newest last: each chunk a range of one day's batch (shared, not copied) with its
    /// time range; what `drift report` compares.
    var served: [(from: Int64, to: Int64, batch: Dataset, batchID: Int, rows: Range<Int>)] = []
    /// Batches of traffic drawn so far: each gets the next number, so chunks of one batch can be joined.
    var batchCount = 0
    /// Predictions waiting for their label, by the hour it arrives: (arrives at, label, score,
    /// version, when the request was served).
    var pending: [Int64: [(at: Int64, label: Double, score: Double, version: Int, served: Int64)]] = [:]
    /// Versions whose labels arrived since online AUC was last computed.
    var staleAUC = Set<Int>()
    /// Labels that arrived, per version: (label, score, when the request was served). Past
    /// `maximumLabelled` the requests served longest ago go first, whatever order their labels
    /// came in: a fraud's chargeback arrives in days, a legitimate payment's confirmation in 60,
    /// so dropping by arrival would keep one class only after a long gap.
    public internal(set) var labelled: [Int: [(label: Double, score: Double, served: Int64)]] = [:]

    /// A monitor with the serving metric families registered.
    public init() {
        // The families are fixed and valid; registering them cannot fail.
        try? metrics.registerServingFamilies()
        try? metrics.register("utilization", help: "Busy share of each version's replicas.", kind: .gauge, labels: ["version"])
        try? metrics.register("shadow_agreement", help: "Share of mirrored requests where the shadow made the same decision.", kind: .gauge, labels: ["version"])
    }

    /// Served rows in [from, to), as one dataset, or nil when nothing was served then.
    public func servedRows(from: Int64, to: Int64) throws(SandboxError) -> Dataset? {
        var result: Dataset?
        for chunk in served where chunk.to > from && chunk.from < to {
            let times = try World.times(of: chunk.batch)
            let window = World.rowRange(times, from: from, to: to)
            let range = max(window.lowerBound, chunk.rows.lowerBound)..<min(window.upperBound, chunk.rows.upperBound)
            guard !range.isEmpty else { continue }
            do throws(ModelingError) {
                let part = try chunk.batch.rows(range)
                result = try result.map { (previous) throws(ModelingError) in try previous.appending(part) } ?? part
            } catch {
                throw SandboxError("the served rows cannot be put together: \(error.message)")
            }
        }
        return result
    }
}
