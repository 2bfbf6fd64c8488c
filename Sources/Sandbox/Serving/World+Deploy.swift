/// Deploying registered versions and shaping the fleet.
extension World {
    /// The most replicas one version may run.
    public static let maximumReplicas = 200

    /// The registered version `reference` names: `NAME@ALIAS`, `NAME@vN` or `NAME@N`.
    public func resolveVersion(_ reference: String) throws(SandboxError) -> (model: String, version: ModelVersion) {
        let parts = reference.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw SandboxError("write a model version as NAME@ALIAS or NAME@vN, e.g. fraud-detector@champion, not '\(reference)'")
        }
        guard let model = registry.model(parts[0]) else {
            throw SandboxError("no registered model '\(parts[0])'", hint: "see 'model list'")
        }
        let label = parts[1]
        if let number = Int(label.hasPrefix("v") ? String(label.dropFirst()) : label) {
            guard let version = model.version(number) else {
                throw SandboxError("'\(model.name)' has no version \(number); it has versions 1…\(model.versions.count)")
            }
            return (model.name, version)
        }
        guard let number = model.aliases[label], let version = model.version(number) else {
            let known = model.aliases.keys.sorted()
            throw SandboxError(
                "'\(model.name)' has no alias '\(label)'",
                hint: known.isEmpty ? "set one with 'model alias \(model.name)@\(label) VERSION'" : "its aliases: \(known.joined(separator: ", "))")
        }
        return (model.name, version)
    }

    /// Deploys the first version of a model and sends it all traffic.
    public mutating func deploy(_ reference: String, replicas: Int, scenario: ScenarioName) throws(SandboxError) -> ModelVersion {
        guard serving.route == nil else {
            throw SandboxError(
                "\(serving.model ?? "a model") is already deployed (\(serving.route?.summary ?? ""))",
                hint: "change versions with a rollout, or 'deploy stop' first")
        }
        guard scenario != .demand else {
            throw SandboxError("the demand scenario is forecast in batch, not served request by request", hint: "serve fraud or recsys")
        }
        try checkReplicas(replicas)
        let (model, version) = try resolveVersion(reference)
        guard let trained = artifacts.model(version.modelHash), trained.isClassifier else {
            throw SandboxError("\(model) v\(version.version) is not a classifier; live serving scores fraud or click probability")
        }
        serving.model = model
        serving.scenario = scenario
        serving.deployed = [DeployedVersion(version: version.version, modelHash: version.modelHash, replicas: replicas)]
        serving.route = .single(version.version)
        return version
    }

    /// Makes `reference` ready beside what is live (replicas copied from the current live version) and returns its number.
    public mutating func stage(_ reference: String) throws(SandboxError) -> Int {
        guard let model = serving.model, let route = serving.route else {
            throw SandboxError("nothing is deployed yet", hint: "deploy a version first: deploy start MODEL@ALIAS")
        }
        let (name, version) = try resolveVersion(reference)
        guard name == model else { throw SandboxError("\(model) is being served; \(name) is another model") }
        if serving.deployment(version.version) == nil {
            let replicas = serving.deployment(route.versions[0])?.replicas ?? 1
            serving.deployed.append(DeployedVersion(version: version.version, modelHash: version.modelHash, replicas: replicas))
        }
        return version.version
    }

    /// Sets how traffic is split, removing deployments no route or shadow uses any more.
    public mutating func setRoute(_ route: TrafficRoute) throws(SandboxError) {
        for version in route.versions where serving.deployment(version) == nil {
            throw SandboxError("version \(version) is not deployed")
        }
        if case .canary(_, _, let weight) = route, !(0...100).contains(weight) {
            throw SandboxError("a canary weight is 0 to 100, not \(weight)")
        }
        if case .abTest(_, _, let share) = route, !(1...99).contains(share) {
            throw SandboxError("an A/B split sends 1 to 99 percent to B, not \(share)")
        }
        serving.route = route
        let kept = Set(route.versions + (serving.shadow.map { [$0.version] } ?? []))
        serving.deployed.removeAll { !kept.contains($0.version) }
    }

    /// Mirrors `percent` of requests to `reference` (nil stops mirroring).
    public mutating func setShadow(_ reference: String?, percent: Int) throws(SandboxError) {
        guard let reference else {
            let live = Set(serving.route?.versions ?? [])
            serving.shadow = nil
            serving.shadowComparison = nil
            serving.deployed.removeAll { !live.contains($0.version) }
            return
        }
        guard (1...100).contains(percent) else { throw SandboxError("--percent takes 1 to 100, not \(percent)") }
        let version = try stage(reference)
        guard !(serving.route?.versions.contains(version) ?? false) else {
            throw SandboxError("v\(version) already takes live traffic; a shadow is a version users never see")
        }
        serving.shadow = (version, percent)
        if serving.shadowComparison?.version != version { serving.shadowComparison = ShadowComparison(version: version) }
    }

    /// Sets a version's replica count by hand (its autoscaler, if any, is removed).
    public mutating func scale(_ version: Int, replicas: Int) throws(SandboxError) {
        try checkReplicas(replicas)
        guard serving.deployment(version) != nil else { throw notDeployed(version) }
        serving.update(version) {
            $0.replicas = replicas
            $0.autoscaler = nil
        }
    }

    /// Gives a version an autoscaler.
    public mutating func autoscale(_ version: Int, _ autoscaler: Autoscaler) throws(SandboxError) {
        guard serving.deployment(version) != nil else { throw notDeployed(version) }
        try checkReplicas(autoscaler.minimumReplicas)
        try checkReplicas(autoscaler.maximumReplicas)
        guard autoscaler.minimumReplicas <= autoscaler.maximumReplicas else {
            throw SandboxError("--min (\(autoscaler.minimumReplicas)) is above --max (\(autoscaler.maximumReplicas))")
        }
        guard autoscaler.targetUtilization > 0, autoscaler.targetUtilization <= 1 else {
            throw SandboxError("--target is a utilisation above 0 and at most 1, not \(autoscaler.targetUtilization)")
        }
        serving.update(version) {
            $0.autoscaler = autoscaler
            $0.replicas = min(autoscaler.maximumReplicas, max(autoscaler.minimumReplicas, $0.replicas))
        }
    }

    /// Injects a fault into a deployed version.
    public mutating func inject(_ fault: ServingFault, into version: Int) throws(SandboxError) {
        guard serving.deployment(version) != nil else { throw notDeployed(version) }
        switch fault {
        case .latency(let milliseconds) where !(milliseconds > 0 && milliseconds <= 60_000):
            throw SandboxError("--ms takes more than 0 and at most 60000, not \(milliseconds)")
        case .errors(let rate) where !(rate > 0 && rate <= 1), .nan(let rate) where !(rate > 0 && rate <= 1):
            throw SandboxError("--rate takes more than 0 and at most 1, not \(rate)")
        default:
            break
        }
        guard (serving.deployment(version)?.faults.count ?? 0) < 10 else { throw SandboxError("v\(version) already has 10 faults") }
        serving.update(version) { $0.faults.append(fault) }
    }

    /// Removes every fault from a version.
    public mutating func clearFaults(_ version: Int) throws(SandboxError) {
        guard serving.deployment(version) != nil else { throw notDeployed(version) }
        serving.update(version) { $0.faults = [] }
    }

    /// Stops serving.
    public mutating func stopServing() throws(SandboxError) {
        guard serving.route != nil else { throw SandboxError("nothing is deployed") }
        serving.route = nil
        serving.shadow = nil
        serving.deployed = []
        serving.model = nil
    }

    private func checkReplicas(_ replicas: Int) throws(SandboxError) {
        guard (1...Self.maximumReplicas).contains(replicas) else {
            throw SandboxError("replicas are 1 to \(Self.maximumReplicas), not \(replicas)")
        }
    }

    private func notDeployed(_ version: Int) -> SandboxError {
        let deployed = serving.deployed.map { "v\($0.version)" }
        return SandboxError("v\(version) is not deployed", hint: deployed.isEmpty ? "nothing is deployed yet" : "deployed: \(deployed.joined(separator: ", "))")
    }
}
