/// The traffic a rollout wants right now; the simulator applies it to serving. The state machine
/// knows versions and percentages only, nothing of how requests are served.
public enum TrafficSplit: Sendable, Equatable, CustomStringConvertible {
    /// All live traffic to one version.
    case single(version: Int)
    /// `canaryWeight` percent of live traffic to `canary`, the rest to `stable`.
    case canary(stable: Int, canary: Int, canaryWeight: Int)
    /// All live traffic to `active`; `preview` is reachable for tests but gets no live traffic.
    case blueGreen(active: Int, preview: Int)

    /// The percentage of live traffic `version` receives.
    public func share(of version: Int) -> Int {
        switch self {
        case .single(let only):
            return only == version ? 100 : 0
        case .canary(let stable, let canary, let weight):
            if stable == canary { return stable == version ? 100 : 0 }
            if version == canary { return weight }
            return version == stable ? 100 - weight : 0
        case .blueGreen(let active, _):
            return active == version ? 100 : 0
        }
    }

    /// `v3 90% · v4 10%`, `active v3 · preview v4`, `v4 100%`.
    public var description: String {
        switch self {
        case .single(let version): "v\(version) 100%"
        case .canary(let stable, let canary, let weight): "v\(stable) \(100 - weight)% · v\(canary) \(weight)%"
        case .blueGreen(let active, let preview): "active v\(active) · preview v\(preview)"
        }
    }
}
