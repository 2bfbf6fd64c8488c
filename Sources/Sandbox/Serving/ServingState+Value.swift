import Values

extension ServingState {
    /// What `version` does in the current route: stable, canary, active, preview, A, B or shadow.
    public func role(of version: Int) -> String {
        if shadow?.version == version { return "shadow" }
        switch route {
        case .single?: return "stable"
        case .canary(let stable, _, _)?: return version == stable ? "stable" : "canary"
        case .blueGreen(let active, _)?: return version == active ? "active" : "preview"
        case .abTest(let a, _, _)?: return version == a ? "A" : "B"
        case nil: return "—"
        }
    }

    /// Serving as `deploy show --json` and expressions show it: the model, the route as text, each
    /// deployed version with its role, replicas and faults, the shadow comparison and the request count.
    public var value: Value {
        .object([
            "model": model.map(Value.string) ?? .null,
            "scenario": .string(scenario.rawValue),
            "route": route.map { .string($0.summary) } ?? .null,
            "deployed": .list(deployed.map { deployment in
                .object([
                    "version": .int(deployment.version), "role": .string(role(of: deployment.version)), "replicas": .int(deployment.replicas),
                    "faults": .list(deployment.faults.map { .string($0.summary) }),
                    "autoscaler": deployment.autoscaler.map { scaler in
                        .object(["min": .int(scaler.minimumReplicas), "max": .int(scaler.maximumReplicas), "target": .double(scaler.targetUtilization)])
                    } ?? .null,
                ])
            }),
            "shadow": shadowComparison.map { comparison in
                .object([
                    "version": .int(comparison.version), "compared": .int(comparison.count),
                    "agreement": comparison.count > 0 ? .double(comparison.agreement) : .null,
                    "meanAbsoluteDifference": comparison.count > 0 ? .double(comparison.absoluteDifferenceSum / Double(comparison.count)) : .null,
                ])
            } ?? .null,
            "requests": .int(Int(requestCount)),
            "abTest": abTest?.value ?? .null,
        ])
    }
}
