import Values

extension World {
    /// Measures a rollout's query at `time`: the expression over the windowed metric functions,
    /// with the labels `version="stable"`, `"canary"`, `"active"` and `"preview"` read as the
    /// rollout's versions (`v2`, `v3`) — the part Argo fills in with analysis arguments.
    func measure(_ target: RolloutTarget, _ query: Expression, _ time: Int64) -> Result<Double, MeasurementError> {
        var text = query.text
        for (role, version) in [("stable", target.stableVersion), ("canary", target.newVersion), ("preview", target.newVersion)] {
            text = text.replacingEvery("version=\\\"\(role)\\\"", with: "version=\\\"v\(version)\\\"")
        }
        let active = activeVersion(of: target)
        text = text.replacingEvery("version=\\\"active\\\"", with: "version=\\\"v\(active)\\\"")
        do throws(ExpressionError) {
            let expression = try Expression(text)
            let value = try expression.evaluate(in: ExpressionContext(root: liveRoot, functions: monitoring.metrics.expressionFunctions(at: time)))
            guard let number = value.doubleValue else {
                return .failure(MeasurementError("the query gives \(value), not a number"))
            }
            return .success(number)
        } catch {
            return .failure(MeasurementError(error.message))
        }
    }

    /// The version live traffic goes to in the rollout of `target`: blue/green's active one after
    /// (or before) the switch, the stable one of a canary.
    private func activeVersion(of target: RolloutTarget) -> Int {
        guard let (_, rollout) = rollouts.latest(of: target.model) else { return target.stableVersion }
        switch rollout.traffic {
        case .blueGreen(let active, _): return active
        case .single(let version): return version
        case .canary(let stable, _, _): return stable
        }
    }

    /// Starts a rollout of the served model to `reference`, following `spec`.
    public mutating func startRollout(_ spec: RolloutSpec, to reference: String) throws(SandboxError) -> Int {
        guard let model = serving.model, let route = serving.route else {
            throw SandboxError("nothing is deployed yet", hint: "deploy the stable version first: deploy start MODEL@ALIAS")
        }
        guard spec.model == model else {
            throw SandboxError("the rollout is for \(spec.model), but \(model) is being served")
        }
        let stable: Int
        switch route {
        case .single(let version): stable = version
        case .canary, .blueGreen, .abTest:
            throw SandboxError("traffic is split (\(route.summary)); finish that first", hint: "a rollout starts from one stable version")
        }
        let version = try stage(reference)
        var history = rollouts
        let number = try history.start(spec, from: stable, to: version, at: now) { measure($0, $1, $2) }
        rollouts = history
        try applyRollouts()
        return number
    }

    /// Moves every rollout to virtual now and routes traffic as the latest one wants.
    mutating func advanceRollouts() throws(SandboxError) {
        guard !rollouts.rollouts.isEmpty else { return }
        var history = rollouts
        try history.advance(to: now) { measure($0, $1, $2) }
        rollouts = history
        try applyRollouts()
    }

    /// Applies a rollout command (promote, abort, undo) and routes traffic as it now wants.
    public mutating func changeRollout(_ change: (inout RolloutHistory, RolloutHistory.Measure) throws(SandboxError) -> Void) throws(SandboxError) {
        var history = rollouts
        let world = self
        try change(&history) { world.measure($0, $1, $2) }
        rollouts = history
        try applyRollouts()
    }

    /// Routes the served model's traffic as its latest rollout wants, and keeps only the versions that still have replicas.
    private mutating func applyRollouts() throws(SandboxError) {
        guard let model = serving.model, let (_, latest) = rollouts.latest(of: model) else { return }
        let keep = latest.versionsWithReplicas
        for version in keep where serving.deployment(version) == nil {
            _ = try stage("\(model)@v\(version)")
        }
        let route: TrafficRoute
        switch latest.traffic {
        case .single(let version): route = .single(version)
        case .canary(let stable, let canary, let weight):
            route = !keep.contains(canary) || weight == 0 ? .single(stable) : (weight == 100 ? .single(canary) : .canary(stable: stable, canary: canary, weight: weight))
        case .blueGreen(let active, let preview):
            route = keep.contains(preview) && preview != active ? .blueGreen(active: active, preview: preview) : .single(active)
        }
        try setRoute(route)
    }
}

extension String {
    /// Every occurrence of `target` replaced.
    func replacingEvery(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
