/// Reads `analysis:` blocks and checks that the templates they name exist and can run together.
struct ReferenceReader {
    let log: SpecProblemLog
    let templates: [AnalysisTemplate]

    static let fields = ["templates"]

    /// `{templates: [a, b]}`; an item may also be Argo's `{templateName: a}`. `what` names the block.
    func read(_ node: SpecNode, what: String, extraFields: [String] = []) -> (reference: AnalysisReference, fields: SpecFields)? {
        guard let fields = SpecFields(node, what: what, log: log) else { return nil }
        fields.rejectUnknown(Self.fields + extraFields)
        guard let list = fields.node("templates") else {
            fields.missing("templates", hint: "list the analysis templates to run: templates: [error-rate]")
            return nil
        }
        guard case .list(let items, let location) = list else {
            log.add("'templates' in \(what) takes a list of template names, not \(list.shown)", at: list.location)
            return nil
        }
        guard !items.isEmpty else {
            log.add("'templates' in \(what) needs at least one template", at: location)
            return nil
        }
        var names: [String] = []
        var isComplete = true
        for item in items {
            guard let (name, place) = templateName(item, what: what) else {
                isComplete = false
                continue
            }
            guard templates.contains(where: { $0.name == name }) else {
                let known = templates.map(\.name)
                log.add(
                    "\(what) names template '\(name)', but the file has no template of that name", at: place,
                    hint: SpecSuggestion.hint(
                        for: name, in: known,
                        otherwise: known.isEmpty ? "add it under templates:" : "the templates: \(known.joined(separator: ", "))"))
                isComplete = false
                continue
            }
            // Argo runs a template named twice once (utils/analysis/filter.go `FilterUniqueTemplates`).
            if !names.contains(name) { names.append(name) }
        }
        guard isComplete else { return nil }
        guard checkMetricNames(names, what: what, at: location) else { return nil }
        return (AnalysisReference(templates: names, location: fields.location), fields)
    }

    private func templateName(_ item: SpecNode, what: String) -> (String, SpecLocation)? {
        switch item {
        case .scalar(let scalar):
            return (scalar.text, scalar.location)
        case .mapping:
            guard let fields = SpecFields(item, what: "a template reference in \(what)", log: log) else { return nil }
            fields.rejectUnknown(["templateName"])
            return fields.text("templateName", required: true).map { ($0.text, $0.location) }
        case .list:
            log.add("'templates' in \(what) lists template names, not \(item.shown)", at: item.location)
            return nil
        }
    }

    /// The merged metrics of one analysis need different names (utils/analysis/helpers.go `flattenMetrics`).
    private func checkMetricNames(_ names: [String], what: String, at location: SpecLocation) -> Bool {
        var owner: [String: String] = [:]
        for name in names {
            for metric in templates.first(where: { $0.name == name })?.metrics ?? [] {
                if let first = owner[metric.name] {
                    log.add(
                        "\(what) runs templates '\(first)' and '\(name)', which both have a metric '\(metric.name)'", at: location,
                        hint: "metrics that run together need different names")
                    return false
                }
                owner[metric.name] = name
            }
        }
        return true
    }
}
