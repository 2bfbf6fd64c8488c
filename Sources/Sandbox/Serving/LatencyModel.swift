/// How long a version takes to answer, and how much it can take.
///
/// Service time is `base + perFeature × features`; with arrivals spread over the fleet each
/// replica is a queue, and the mean wait grows as ρ ÷ (1 − ρ) service times (M/M/1). Above
/// `saturation` the excess is shed as errors (HTTP 503) and the rest wait at the saturated level.
public struct LatencyModel: Sendable, Equatable {
    /// Fixed cost of a request, in milliseconds.
    public var baseMilliseconds: Double = 6
    /// Cost per model input feature, in milliseconds.
    public var perFeatureMilliseconds: Double = 0.25
    /// Requests per second one replica serves at full utilisation.
    public var capacityPerReplica: Double = 40
    /// The utilisation above which requests are shed.
    public var saturation: Double = 0.95
    /// Spread of the per-request jitter (σ of a log-normal factor).
    public var jitter: Double = 0.3
    /// The time a shed request waits before failing, in milliseconds.
    public var timeoutMilliseconds: Double = 1_000

    /// Creates the default model.
    public init() {}

    func serviceMilliseconds(features: Int) -> Double {
        baseMilliseconds + perFeatureMilliseconds * Double(features)
    }

    /// Utilisation of a fleet of `replicas` receiving `rate` requests per second.
    func utilization(rate: Double, replicas: Int) -> Double {
        rate / (capacityPerReplica * Double(max(1, replicas)))
    }

    /// Mean queueing wait in service times at utilisation `rho` (capped at saturation).
    func waitFactor(_ rho: Double) -> Double {
        let capped = min(rho, saturation)
        return capped / (1 - capped)
    }

    /// The share of requests shed at utilisation `rho`.
    func shedShare(_ rho: Double) -> Double {
        rho > saturation ? 1 - saturation / rho : 0
    }
}
