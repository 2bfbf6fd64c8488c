/// What the sandbox serves: the model, its deployed versions, how traffic is split, and what
/// the fleet remembers (the request log, counters).
public struct ServingState: Sendable, Equatable {
    /// One request in this many is kept in the request log.
    public static let logSampling: Int64 = 50
    /// The most requests the log keeps.
    public static let logCapacity = 20_000
    /// Seconds per simulation tick.
    public static let tickSeconds: Int64 = 60

    /// The registered model being served, once something is deployed.
    public var model: String?
    /// The scenario whose requests arrive.
    public var scenario: ScenarioName = .fraud
    /// Versions deployed, in deployment order.
    public var deployed: [DeployedVersion] = []
    /// How live traffic is split.
    public var route: TrafficRoute?
    /// A version that receives a copy of `percent` percent of requests, whose answers are compared and discarded.
    public var shadow: (version: Int, percent: Int)?
    /// The shadow's comparison with live answers, since the shadow started.
    public var shadowComparison: ShadowComparison?
    /// The A/B test running (or the last one), if any.
    public var abTest: ABTest?
    /// Requests served so far.
    public var requestCount: Int64 = 0
    /// The sampled request log, oldest first.
    public var log: [RequestRecord] = []

    /// Creates an empty state.
    public init() {}

    /// The deployment of `version`.
    public func deployment(_ version: Int) -> DeployedVersion? {
        deployed.first { $0.version == version }
    }

    mutating func update(_ version: Int, _ change: (inout DeployedVersion) -> Void) {
        guard let index = deployed.firstIndex(where: { $0.version == version }) else { return }
        change(&deployed[index])
    }

    public static func == (a: ServingState, b: ServingState) -> Bool {
        a.model == b.model && a.scenario == b.scenario && a.deployed == b.deployed && a.route == b.route
            && a.shadow?.version == b.shadow?.version && a.shadow?.percent == b.shadow?.percent
            && a.shadowComparison == b.shadowComparison && a.abTest == b.abTest && a.requestCount == b.requestCount && a.log == b.log
    }
}
