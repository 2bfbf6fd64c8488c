/// What one metric of an analysis run has measured so far, and its phase: Argo's `MetricResult`.
public struct MetricResult: Sendable, Equatable {
    /// The metric's name.
    public let name: String
    /// Pending until the first measurement, Running while measuring, then final.
    public internal(set) var phase: AnalysisPhase = .pending
    /// The measurements, oldest first (at most `retainedMeasurements`; the counters count them all).
    public internal(set) var measurements: [Measurement] = []
    /// Measurements that were not errors (Argo's `count`; errors are retried and not counted).
    public internal(set) var count = 0
    /// Successful measurements.
    public internal(set) var successful = 0
    /// Failed measurements.
    public internal(set) var failed = 0
    /// Inconclusive measurements.
    public internal(set) var inconclusive = 0
    /// Measurements that errored.
    public internal(set) var errors = 0
    /// Errors since the last measurement that was not one.
    public internal(set) var consecutiveErrors = 0
    /// Why the phase is final, in Argo's words: `failed (2) > failureLimit (1)`.
    public internal(set) var reason: String?

    /// The most measurements kept per metric; older ones are dropped (Argo keeps 10 by default,
    /// analysis/analysis.go `DefaultMeasurementHistoryLimit`), while the counters go on.
    public static let retainedMeasurements = 1_000

    /// Creates an empty result.
    public init(name: String) {
        self.name = name
    }

    /// Counts a completed measurement as Argo's controller does (analysis/analysis.go `runMeasurements`):
    /// an error adds to the consecutive errors and is not counted; anything else resets them.
    mutating func record(_ measurement: Measurement) {
        switch measurement.phase {
        case .successful: successful += 1
        case .failed: failed += 1
        case .inconclusive: inconclusive += 1
        case .error: errors += 1
        case .pending, .running: return
        }
        if measurement.phase == .error {
            consecutiveErrors += 1
        } else {
            count += 1
            consecutiveErrors = 0
        }
        measurements.append(measurement)
        if measurements.count > Self.retainedMeasurements { measurements.removeFirst(measurements.count - Self.retainedMeasurements) }
    }

    /// The last measurement taken.
    public var lastMeasurement: Measurement? { measurements.last }
}
