import Yams

/// Reads a module file: YAML front matter between `---` lines, then the Markdown lesson.
public enum ModuleLoader {
    static let fields = ["id", "title", "domain", "order", "minutes", "prerequisites", "objectives", "labs"]

    public static func load(text: String, file: String) -> (Module?, [ContentProblem]) {
        let topLog = ProblemLog(file: file)
        let lines = text.lines()
        guard lines.first?.trimmingCharacters() == "---",
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters() == "---" })
        else {
            topLog.add("a module file starts with YAML front matter between two '---' lines", line: 1, column: 1,
                       hint: "see docs/content-format.md")
            return (nil, topLog.problems)
        }
        let frontMatter = lines[1..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        let log = ProblemLog(file: file, lineOffset: 1)
        guard let node = YAMLDocument.parse(frontMatter, log: log),
            let fields = YAMLFields(node, log: log, what: "the front matter")
        else { return (nil, log.problems) }
        fields.rejectUnknown(ModuleLoader.fields)

        let id = fields.identifier("id")
        let title = fields.string("title", maximumLength: 200)
        let domain = fields.identifier("domain")
        let order = fields.integer("order", in: 1...999)
        let minutes = fields.integer("minutes", in: 1...600)
        let prerequisites = fields.identifierList("prerequisites").map(\.id)
        let labs = fields.identifierList("labs").map(\.id)
        var objectives: [Module.Objective] = []
        var seen = Set<String>()
        for (index, item) in (fields.list("objectives") ?? []).enumerated() {
            guard let objective = YAMLFields(item, log: log, what: "objective \(index + 1)") else { continue }
            objective.rejectUnknown(["id", "text"])
            guard let objectiveID = objective.identifier("id"), let objectiveText = objective.string("text", maximumLength: 400)
            else { continue }
            if !seen.insert(objectiveID).inserted {
                let place = objective.position("id")
                log.add("objective id '\(objectiveID)' is used twice", line: place.line, column: place.column)
            }
            objectives.append(Module.Objective(id: objectiveID, text: objectiveText))
        }
        if fields.value("objectives") != nil, objectives.isEmpty {
            let place = fields.position("objectives")
            log.add("a module needs at least one objective", line: place.line, column: place.column)
        }
        let sections = LessonSection.split(body, firstLine: end + 2)
        if sections.isEmpty {
            log.add("the lesson is empty", line: end + 1, column: 1, hint: "write the lesson below the front matter")
        }
        var problems = log.problems
        var slugs = Set<String>()
        for section in sections where !slugs.insert(section.slug).inserted {
            problems.append(ContentProblem(
                file: file, line: section.line, column: 1, message: "two sections have the slug '\(section.slug)'",
                hint: "give the headings different words"))
        }
        guard problems.isEmpty, let id, let title, let domain, let order, let minutes else { return (nil, problems) }
        return (Module(
            id: id, title: title, domain: domain, order: order, minutes: minutes, prerequisites: prerequisites,
            objectives: objectives, labs: labs, sections: sections, file: file), [])
    }
}
