/// Reads `strategy.canary`: its steps and its background analysis.
struct CanaryReader {
    let log: SpecProblemLog
    let references: ReferenceReader

    static let fields = ["steps", "analysis"]
    static let actions = ["setWeight", "pause", "analysis"]

    func read(_ node: SpecNode) -> CanaryStrategy? {
        guard let fields = SpecFields(node, what: "'canary'", log: log) else { return nil }
        fields.rejectUnknown(Self.fields)
        let steps = readSteps(fields)
        let background = readBackground(fields, stepCount: steps?.count ?? 0)
        guard let steps else { return nil }
        return CanaryStrategy(steps: steps, analysis: background, location: fields.location)
    }

    private func readSteps(_ fields: SpecFields) -> [CanaryStep]? {
        guard let node = fields.node("steps") else {
            fields.missing("steps", hint: "add steps: such as - setWeight: 20")
            return nil
        }
        guard case .list(let items, let location) = node else {
            log.add("'steps' in 'canary' takes a list of steps, not \(node.shown)", at: node.location)
            return nil
        }
        guard !items.isEmpty else {
            log.add("'steps' in 'canary' needs at least one step", at: location)
            return nil
        }
        if items.count > RolloutSpec.maximumSteps {
            log.add("the canary has \(items.count) steps; the limit is \(RolloutSpec.maximumSteps)", at: location)
        }
        var steps: [CanaryStep] = []
        for (index, item) in items.enumerated() {
            if let step = readStep(item, index: index) { steps.append(step) }
        }
        return steps.count == items.count ? steps : nil
    }

    private func readStep(_ node: SpecNode, index: Int) -> CanaryStep? {
        let what = "step \(index + 1)"
        guard let fields = SpecFields(node, what: what, log: log) else { return nil }
        let before = log.problems.count
        fields.rejectUnknown(Self.actions)
        let written = fields.mapping.entries.map(\.key.text).filter(Self.actions.contains)
        guard written.count == 1, let action = written.first else {
            // A misspelt action was reported with its suggestion; saying it is missing adds nothing.
            if written.isEmpty, log.problems.count > before { return nil }
            let message = written.isEmpty
                ? "\(what) needs one of setWeight, pause or analysis"
                : "\(what) has \(written.map { "'\($0)'" }.joined(separator: " and ")); write one action per step"
            log.add(message, at: fields.location)
            return nil
        }
        if action != "pause", let value = fields.mapping.entry(action)?.value, value.isNull {
            let takes = action == "setWeight" ? "a percentage from 0 to 100" : "{templates: [...]}"
            log.add("'\(action)' in \(what) takes \(takes), not nothing", at: value.location)
            return nil
        }
        switch action {
        case "setWeight":
            // Argo's weights are percentages of traffic (docs/features/canary.md).
            return fields.integer("setWeight", in: 0...100).map { CanaryStep(.setWeight($0.value), location: fields.location) }
        case "pause":
            return readPause(fields, what: what).map { CanaryStep(.pause(seconds: $0), location: fields.location) }
        default:
            guard let body = fields.mapping.entry("analysis")?.value else { return nil }
            return references.read(body, what: "the analysis of \(what)")
                .map { CanaryStep(.analysis($0.reference), location: fields.location) }
        }
    }

    /// `pause: {}` waits for promote; `pause: {duration: 10m}` resumes on its own. The result is
    /// nil on a problem, `.some(nil)` for an indefinite pause.
    private func readPause(_ fields: SpecFields, what: String) -> Int64?? {
        guard let body = fields.mapping.entry("pause")?.value, case .mapping = body else {
            let shown = fields.mapping.entry("pause").map { $0.value.isNull ? "nothing" : $0.value.shown } ?? "nothing"
            log.add(
                "'pause' in \(what) takes {} or {duration: …}, not \(shown)", at: fields.mapping.entry("pause")?.value.location ?? fields.location,
                hint: "pause: {} waits for rollout promote; pause: {duration: 10m} continues after 10 minutes")
            return nil
        }
        guard let pause = SpecFields(body, what: "'pause' of \(what)", log: log) else { return nil }
        pause.rejectUnknown(["duration"])
        guard pause.node("duration") != nil else { return .some(nil) }
        guard let duration = pause.duration("duration", minimum: 0) else { return nil }
        return .some(duration.seconds)
    }

    private func readBackground(_ fields: SpecFields, stepCount: Int) -> BackgroundAnalysis? {
        guard let node = fields.node("analysis") else { return nil }
        guard let (reference, analysis) = references.read(node, what: "the background analysis", extraFields: ["startingStep"]) else {
            return nil
        }
        // Argo counts startingStep from 0 (docs/features/analysis.md, "Delay Analysis Runs"); when the
        // steps could not be read, their count is unknown and the step is not checked against it.
        guard analysis.node("startingStep") != nil, stepCount > 0 else { return BackgroundAnalysis(reference: reference) }
        guard let starting = analysis.integer("startingStep", in: 0...RolloutSpec.maximumSteps) else { return nil }
        guard starting.value < stepCount else {
            log.add(
                "'startingStep' is \(starting.value), but the canary has \(stepCount) step\(stepCount == 1 ? "" : "s")", at: starting.location,
                hint: "startingStep counts steps from 0, so the last step is \(stepCount - 1)")
            return nil
        }
        return BackgroundAnalysis(reference: reference, startingStep: starting.value)
    }
}
