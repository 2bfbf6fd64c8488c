import Modeling

extension World {
    /// The most policies a sandbox holds.
    public static let maximumPolicies = 10

    /// Adds a policy after checking that its pipeline and rollout spec load.
    public mutating func addPolicy(_ policy: TrainingPolicy) throws(SandboxError) {
        guard policies.count < Self.maximumPolicies else { throw SandboxError("the sandbox holds \(Self.maximumPolicies) policies, the most it keeps") }
        guard !policies.contains(where: { $0.name == policy.name }) else { throw SandboxError("a policy named '\(policy.name)' exists") }
        try ModelRegistry.checkName(policy.name, what: "policy name")
        do throws(PipelineSpecError) {
            _ = try PipelineSpec.load(text: policy.pipeline.text, file: policy.pipeline.file).resolved(overrides: [:])
        } catch {
            throw SandboxError("the policy's pipeline does not load: \(error.description)")
        }
        if let rollout = policy.rollout {
            do throws(RolloutSpecError) { _ = try RolloutSpec.load(text: rollout.text, file: rollout.file) } catch {
                throw SandboxError("the policy's rollout spec does not load: \(error.description)")
            }
        }
        policies.append(policy)
    }

    /// Checks every policy at virtual now (an hour boundary) and runs the cycle of those that trigger:
    /// pipeline → registered version → rollout.
    mutating func evaluatePolicies() throws(SandboxError) {
        for index in policies.indices {
            let policy = policies[index]
            if let last = policy.lastTriggered, now - last < policy.cooldown { continue }
            if let model = serving.model, let (_, rollout) = rollouts.latest(of: model), rollout.phase.isInProgress { continue }
            guard let reason = try triggerReason(policy) else { continue }
            policies[index].lastTriggered = now
            trainingEvents.append(try runCycle(policy, reason: reason))
        }
    }

    private func triggerReason(_ policy: TrainingPolicy) throws(SandboxError) -> String? {
        switch policy.trigger {
        case .schedule(let period):
            let since = policy.lastTriggered ?? policy.addedAt
            return now - since >= period ? "schedule: \(hoursText(now - since)) since the last training" : nil
        case .performance(let threshold):
            guard let route = serving.route, let version = route.versions.first,
                let auc = try monitoring.metrics.value(MetricSelector("online_auc", ["version": "v\(version)"]), at: now)
            else { return nil }
            return auc < threshold ? "performance: online AUC of v\(version) is \(NumberText.significant(auc, digits: 3)) < \(threshold)" : nil
        case .drift(let window):
            guard let route = serving.route, let deployment = serving.deployment(route.versions[0]),
                let model = artifacts.model(deployment.modelHash), let reference = artifacts.dataset(model.trainedOn),
                let current = try monitoring.servedRows(from: now - window, to: now), current.rowCount >= 100
            else { return nil }
            var columns: [DriftColumn] = []
            // Features that follow the clock differ in any window shorter than a day; they are left out.
            for column in reference.columns where column.role == .feature && !column.name.contains("hour") {
                if let other = current.columns.first(where: { $0.name == column.name }), let pair = DriftColumn.pairing(column, other) {
                    columns.append(pair)
                }
            }
            guard !columns.isEmpty else { return nil }
            let verdict: DatasetDriftVerdict
            do throws(DriftError) { verdict = try DatasetDriftVerdict.compare(columns) } catch { throw SandboxError(error.message) }
            let drifted = verdict.columns.filter(\.drifted).map(\.column)
            return verdict.drifted ? "drift: \(verdict.reason) (\(drifted.joined(separator: ", ")))" : nil
        }
    }

    private mutating func runCycle(_ policy: TrainingPolicy, reason: String) throws(SandboxError) -> TrainingEvent {
        var event = TrainingEvent(policy: policy.name, at: now, reason: reason)
        let spec: PipelineSpec
        do throws(PipelineSpecError) {
            spec = try PipelineSpec.load(text: policy.pipeline.text, file: policy.pipeline.file).resolved(overrides: [:])
        } catch {
            event.problem = error.description
            return event
        }
        var executor = PipelineExecutor(spec: spec, pipelineHash: sha256Hex(Array(policy.pipeline.text.utf8)), programVersion: "policy")
        executor.trigger = "policy \(policy.name): \(reason)"
        let result = try executor.run(in: &self, readFile: { (path) throws(SandboxError) in
            throw SandboxError("a policy's pipeline cannot read files (\(path)); generate or import a sandbox dataset instead")
        })
        event.runID = result.run.id
        guard result.succeeded else {
            event.problem = "the pipeline run \(result.run.name) failed"
            return event
        }
        guard let model = spec.steps.first(where: { $0.uses == .register })?.arguments["name"].flatMap({ if case .text(let name) = $0 { name } else { nil } }),
            let version = registry.model(model)?.versions.last(where: { $0.runID == result.run.id })
        else {
            event.problem = "the pipeline registered no model version"
            return event
        }
        event.version = version.version
        if let rollout = policy.rollout, serving.model == model {
            let rolloutSpec: RolloutSpec
            do throws(RolloutSpecError) {
                rolloutSpec = try RolloutSpec.load(text: rollout.text, file: rollout.file)
            } catch {
                event.problem = "the rollout spec does not load: \(error.description)"
                return event
            }
            event.rollout = try startRollout(rolloutSpec, to: "\(model)@v\(version.version)")
        }
        return event
    }
}

/// Whole hours as `3h`.
private func hoursText(_ seconds: Int64) -> String { "\(seconds / 3_600)h" }
