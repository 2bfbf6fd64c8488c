/// A horizontal pod autoscaler in the manner of Kubernetes' HPA, evaluated once per tick.
///
/// desired = ⌈current × utilisation ÷ target⌉ (Kubernetes docs, "Algorithm details"), no change
/// while the ratio is within the 0.1 tolerance, scale-ups at once (the default scale-up
/// stabilisation window is 0 s) and scale-downs to the highest recommendation of the last
/// `scaleDownDelay` seconds (the default window is 300 s), clamped to min and max.
public struct Autoscaler: Sendable, Equatable {
    /// HPA's default tolerance around the target.
    public static let tolerance = 0.1

    /// The fewest replicas.
    public var minimumReplicas: Int
    /// The most replicas.
    public var maximumReplicas: Int
    /// The utilisation to hold, 0 < target ≤ 1.
    public var targetUtilization: Double
    /// Seconds a scale-up waits (0 by default, as HPA).
    public var scaleUpDelay: Int64
    /// Seconds of recommendations a scale-down looks back over (300 by default, as HPA).
    public var scaleDownDelay: Int64
    /// Recent recommendations (time, replicas), newest last.
    var recommendations: [(time: Int64, replicas: Int)] = []
    /// When utilisation first asked for more replicas, while that lasts.
    var pressureSince: Int64?

    /// Creates an autoscaler.
    public init(minimumReplicas: Int, maximumReplicas: Int, targetUtilization: Double, scaleUpDelay: Int64 = 0, scaleDownDelay: Int64 = 300) {
        self.minimumReplicas = minimumReplicas
        self.maximumReplicas = maximumReplicas
        self.targetUtilization = targetUtilization
        self.scaleUpDelay = scaleUpDelay
        self.scaleDownDelay = scaleDownDelay
    }

    /// The replica count for the next tick, given the current count and the utilisation measured now.
    mutating func decide(current: Int, utilization: Double, at time: Int64) -> Int {
        let ratio = utilization / targetUtilization
        var desired = current
        if abs(ratio - 1) > Self.tolerance {
            desired = Int((Double(current) * ratio).rounded(.up))
        }
        desired = min(maximumReplicas, max(minimumReplicas, desired))
        recommendations.append((time, desired))
        recommendations.removeAll { $0.time < time - scaleDownDelay }
        if desired > current {
            let since = pressureSince ?? time
            pressureSince = since
            return time - since >= scaleUpDelay ? desired : current
        }
        pressureSince = nil
        if desired < current {
            // Scale down only as far as the highest recent recommendation allows.
            return max(desired, recommendations.map(\.replicas).max() ?? desired)
        }
        return current
    }

    public static func == (a: Autoscaler, b: Autoscaler) -> Bool {
        a.minimumReplicas == b.minimumReplicas && a.maximumReplicas == b.maximumReplicas && a.targetUtilization == b.targetUtilization
            && a.scaleUpDelay == b.scaleUpDelay && a.scaleDownDelay == b.scaleDownDelay
            && a.recommendations.map(\.time) == b.recommendations.map(\.time) && a.recommendations.map(\.replicas) == b.recommendations.map(\.replicas)
            && a.pressureSince == b.pressureSince
    }
}
