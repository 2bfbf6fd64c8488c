/// Reads `templates:`: named analysis templates and their metrics.
struct TemplateReader {
    let log: SpecProblemLog

    static let templateFields = ["name", "metrics"]
    static let metricFields = [
        "name", "interval", "count", "initialDelay", "successCondition", "failureCondition", "failureLimit",
        "inconclusiveLimit", "consecutiveErrorLimit", "provider",
    ]
    static let providerFields = ["query"]
    /// The largest failure, inconclusive or consecutive-error limit a metric may set.
    static let maximumLimit = 1_000

    func read(_ node: SpecNode?) -> [AnalysisTemplate] {
        guard let node else { return [] }
        guard case .list(let items, let location) = node else {
            log.add("'templates' takes a list of analysis templates, not \(node.shown)", at: node.location)
            return []
        }
        if items.count > RolloutSpec.maximumTemplates {
            log.add("the file has \(items.count) templates; the limit is \(RolloutSpec.maximumTemplates)", at: location)
        }
        var templates: [AnalysisTemplate] = []
        for (index, item) in items.enumerated() {
            guard let template = readTemplate(item, index: index) else { continue }
            if let first = templates.first(where: { $0.name == template.name }) {
                log.add(
                    "there are two templates called '\(template.name)'", at: template.location,
                    hint: "the first is at line \(first.location.line)")
                continue
            }
            templates.append(template)
        }
        return templates
    }

    private func readTemplate(_ node: SpecNode, index: Int) -> AnalysisTemplate? {
        guard let first = SpecFields(node, what: "template \(index + 1)", log: log) else { return nil }
        var fields = first
        if case .scalar(let scalar)? = first.node("name"), NameRule.isName(scalar.text) {
            fields = SpecFields(node, what: "template '\(scalar.text)'", log: log) ?? first
        }
        fields.rejectUnknown(Self.templateFields)
        let name = fields.name("name", required: true)
        guard let list = fields.node("metrics") else {
            fields.missing("metrics", hint: "a template measures at least one metric")
            return name.map { AnalysisTemplate(name: $0.text, metrics: [], location: fields.location) }
        }
        guard case .list(let items, let location) = list, !items.isEmpty else {
            let problem = list.isEmptyList ? "needs at least one metric" : "takes a list of metrics, not \(list.shown)"
            log.add("'metrics' in \(fields.what) \(problem)", at: list.location)
            return name.map { AnalysisTemplate(name: $0.text, metrics: [], location: fields.location) }
        }
        if items.count > RolloutSpec.maximumMetrics {
            log.add("\(fields.what) has \(items.count) metrics; the limit is \(RolloutSpec.maximumMetrics)", at: location)
        }
        var metrics: [AnalysisMetric] = []
        for (position, item) in items.enumerated() {
            guard let metric = readMetric(item, index: position, template: fields.what) else { continue }
            // Argo refuses a template whose metrics share a name (utils/analysis/helpers.go `ValidateMetrics`).
            if metrics.contains(where: { $0.name == metric.name }) {
                log.add("\(fields.what) has two metrics called '\(metric.name)'", at: metric.location)
                continue
            }
            metrics.append(metric)
        }
        // A template with a broken metric is still returned, so references to it are not reported too.
        return name.map { AnalysisTemplate(name: $0.text, metrics: metrics, location: fields.location) }
    }

    private func readMetric(_ node: SpecNode, index: Int, template: String) -> AnalysisMetric? {
        guard let first = SpecFields(node, what: "metric \(index + 1) of \(template)", log: log) else { return nil }
        var fields = first
        if case .scalar(let scalar)? = first.node("name"), NameRule.isName(scalar.text) {
            fields = SpecFields(node, what: "metric '\(scalar.text)'", log: log) ?? first
        }
        fields.rejectUnknown(Self.metricFields)
        let problemsBefore = log.problems.count
        let name = fields.name("name", required: true)
        let interval = fields.duration("interval", minimum: 1)
        let count = fields.integer("count", in: 0...RolloutSpec.maximumCount)
        let initialDelay = fields.duration("initialDelay", minimum: 0)
        let success = fields.expression("successCondition", required: false, check: ConditionNames.problem)
        let failure = fields.expression("failureCondition", required: false, check: ConditionNames.problem)
        // -1 turns failure counting off, as Argo Rollouts 1.8 allows (argo-rollouts#3970); older releases refuse it.
        let failureLimit = fields.integer("failureLimit", in: -1...Self.maximumLimit)
        let inconclusiveLimit = fields.integer("inconclusiveLimit", in: 0...Self.maximumLimit)
        let errorLimit = fields.integer("consecutiveErrorLimit", in: 0...Self.maximumLimit)
        let query = readQuery(fields)
        guard log.problems.count == problemsBefore, let name, let query else { return nil }
        var metric = AnalysisMetric(
            name: name.text, query: query, interval: interval?.seconds, count: count?.value,
            initialDelay: initialDelay?.seconds ?? 0, successCondition: success?.0, failureCondition: failure?.0,
            failureLimit: failureLimit?.value ?? 0, inconclusiveLimit: inconclusiveLimit?.value ?? 0,
            consecutiveErrorLimit: errorLimit?.value ?? AnalysisMetric.defaultConsecutiveErrorLimit, location: fields.location)
        for entry in fields.mapping.entries { metric.fieldLocations[entry.key.text] = entry.value.location }
        checkCounts(metric, fields: fields)
        return metric
    }

    private func readQuery(_ fields: SpecFields) -> Expression? {
        guard let node = fields.node("provider") else {
            fields.missing("provider", hint: "add provider: {query: '…'}, the expression the sandbox measures")
            return nil
        }
        guard let provider = SpecFields(node, what: "'provider' of \(fields.what)", log: log) else { return nil }
        provider.rejectUnknown(Self.providerFields)
        return provider.expression("query", required: true)?.0
    }

    /// Argo's cross-field rules (utils/analysis/helpers.go `ValidateMetric`).
    private func checkCounts(_ metric: AnalysisMetric, fields: SpecFields) {
        guard let count = metric.count, count > 0 else { return }
        if count > 1, metric.interval == nil {
            log.add(
                "'count' \(count) in \(fields.what) needs an 'interval' between the measurements", at: metric.location(of: "count"),
                hint: "add interval: 1m, or set count: 1")
        }
        for (key, limit) in [("failureLimit", metric.failureLimit), ("inconclusiveLimit", metric.inconclusiveLimit)] where count < limit {
            log.add(
                "'\(key)' \(limit) in \(fields.what) is above 'count' \(count), so it could never be reached",
                at: metric.location(of: key), hint: "Argo requires count >= \(key)")
        }
    }
}
