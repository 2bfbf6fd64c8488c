/// How live requests are split between deployed versions.
public enum TrafficRoute: Sendable, Equatable {
    /// Every request goes to one version.
    case single(Int)
    /// `weight` percent of requests (chosen by request) go to `canary`, the rest to `stable`.
    case canary(stable: Int, canary: Int, weight: Int)
    /// All requests go to `active`; `preview` is deployed but receives no live traffic.
    case blueGreen(active: Int, preview: Int)
    /// Users are split by a hash of their id: `share` percent see `b`, the rest `a`.
    case abTest(a: Int, b: Int, share: Int)

    /// The versions that receive live traffic or stand ready, in a stable order.
    public var versions: [Int] {
        switch self {
        case .single(let version): [version]
        case .canary(let stable, let canary, _): [stable, canary]
        case .blueGreen(let active, let preview): [active, preview]
        case .abTest(let a, let b, _): [a, b]
        }
    }

    /// The version that serves a request, from the request's and the user's hash (each uniform in 0..<10,000).
    @inline(__always)
    func version(requestBucket: Int, userBucket: Int) -> Int {
        switch self {
        case .single(let version): version
        case .canary(let stable, let canary, let weight): requestBucket < weight * 100 ? canary : stable
        case .blueGreen(let active, _): active
        case .abTest(let a, let b, let share): userBucket < share * 100 ? b : a
        }
    }

    /// One line for status views: `v2 100%`, `v2 90% · v3 10%`.
    public var summary: String {
        switch self {
        case .single(let version): "v\(version) 100%"
        case .canary(let stable, let canary, let weight): "v\(stable) \(100 - weight)% · v\(canary) \(weight)% (canary)"
        case .blueGreen(let active, let preview): "v\(active) 100% (active) · v\(preview) 0% (preview)"
        case .abTest(let a, let b, let share): "v\(a) \(100 - share)% · v\(b) \(share)% of users (A/B)"
        }
    }
}

/// A split of the 64-bit hash of `key` into 10,000 buckets (SplitMix64's finaliser: every input bit moves every output bit).
@inline(__always)
func bucket(_ key: UInt64, salt: UInt64) -> Int {
    var z = key &+ salt &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return Int(z % 10_000)
}
