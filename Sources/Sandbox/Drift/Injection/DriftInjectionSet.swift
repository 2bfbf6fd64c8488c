import Modeling

/// The drift injections active in one sandbox, in the order they were added.
///
/// A value, like `World`: a command changes a copy and keeps it only when it succeeds. The seed
/// is the sandbox's; each injection draws from the stream `drift.<id>.<batch start>` under it.
public struct DriftInjectionSet: Sendable, Equatable {
    /// The most injections that can be active at once.
    public static let maximumCount = 20

    /// The seed every injection's random streams derive from.
    public let seed: UInt64
    /// The active injections, oldest first.
    public private(set) var injections: [DriftInjection] = []
    /// The use case whose data the injections change: every active injection changes the same one.
    public private(set) var scenario: ScenarioName?

    /// Creates an empty set for a sandbox with `seed`.
    public init(seed: UInt64) {
        self.seed = seed
    }

    /// The active injections, oldest first: what `drift list` shows.
    public var list: [DriftInjection] { injections }

    /// The ids of the active injections, oldest first.
    public var ids: [String] { injections.map(\.id) }

    /// The injection with `id`, or nil.
    public func injection(id: String) -> DriftInjection? {
        injections.first { $0.id == id }
    }

    /// Whether the active injections change `scenario`'s data.
    public func applies(to scenario: ScenarioName) -> Bool {
        !injections.isEmpty && self.scenario == scenario
    }

    /// Whether an active injection is calibrated on a sample of the undrifted scenario (prior and
    /// concept drift), so a `BatchScenario` must draw one.
    public var calibrates: Bool {
        injections.contains { $0.kind == .prior || $0.kind == .concept }
    }

    /// Checks `injection` against the columns of `scenario`'s data and adds it.
    /// - Throws: `SandboxError` for an invalid injection, a duplicate id, a second rename of the
    ///   same feature, an injection into another use case's data than the active ones change, or
    ///   a full set; the set is unchanged then.
    public mutating func add(
        _ injection: DriftInjection, schema: [ColumnSchema], scenario: ScenarioName
    ) throws(SandboxError) {
        if let current = self.scenario, !injections.isEmpty, current != scenario {
            throw SandboxError(
                DriftInjectionMessages.otherScenario(scenario.rawValue, active: current.rawValue),
                hint: DriftInjectionMessages.otherScenarioHint(ids))
        }
        try injection.validate(schema: schema, scenario: scenario)
        guard self.injection(id: injection.id) == nil else {
            throw SandboxError(DriftInjectionMessages.duplicateID(injection.id))
        }
        if injection.kind == .schemaChange, let feature = injection.feature,
            let other = injections.first(where: { $0.kind == .schemaChange && $0.feature == feature })
        {
            throw SandboxError(DriftInjectionMessages.alreadyRenamed(id: injection.id, feature: feature, by: other.id))
        }
        guard injections.count < Self.maximumCount else {
            throw SandboxError(DriftInjectionMessages.tooMany, hint: DriftInjectionMessages.tooManyHint)
        }
        injections.append(injection)
        self.scenario = scenario
    }

    /// Removes and returns the injection with `id`.
    /// - Throws: `SandboxError` listing the active ids when there is none with `id`.
    @discardableResult
    public mutating func remove(id: String) throws(SandboxError) -> DriftInjection {
        guard let index = injections.firstIndex(where: { $0.id == id }) else {
            throw SandboxError(DriftInjectionMessages.unknownID(id, active: ids))
        }
        let removed = injections.remove(at: index)
        if injections.isEmpty { scenario = nil }
        return removed
    }
}
