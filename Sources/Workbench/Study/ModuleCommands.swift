import Curriculum
import Progress
import Values

/// `module list`, `module show`, `lesson`.
enum ModuleCommands {
    static let list = CommandSpec(
        ["module", "list"], summary: "list the course's modules in order, with what is done and what is locked",
        discussion: "A module is done when its lesson has been read to the end, and locked until its prerequisites are done ('lesson ID --force' opens it anyway).",
        examples: ["module list", "module list --json"]
    ) { _, session throws(CommandError) in
        let course = session.course
        let completed = try completedLessons(session)
        func status(_ module: Module) -> String {
            if completed.contains(module.id) { return "done" }
            return module.prerequisites.allSatisfy(completed.contains) ? "open" : "locked"
        }
        let rows = course.modules.map { module in
            [String(module.order), module.id, module.title, module.domain, "\(module.minutes) min",
             String(course.banks[module.id]?.questions.count ?? 0), String(module.labs.count), status(module)]
        }
        let value = Value.list(course.modules.map { module in
            .object([
                "order": .int(module.order), "id": .string(module.id), "title": .string(module.title),
                "domain": .string(module.domain), "minutes": .int(module.minutes),
                "prerequisites": .list(module.prerequisites.map(Value.string)),
                "questions": .int(course.banks[module.id]?.questions.count ?? 0),
                "labs": .list(module.labs.map(Value.string)), "status": .string(status(module)),
            ])
        })
        var blocks: [Block] = [.table(Table(
            columns: [Table.Column("#", alignRight: true), Table.Column("id"), Table.Column("title"), Table.Column("domain"),
                      Table.Column("time", alignRight: true), Table.Column("questions", alignRight: true),
                      Table.Column("labs", alignRight: true), Table.Column("status")],
            rows: rows))]
        if !course.problems.isEmpty {
            blocks.append(.notice(.warning, "\(course.problems.count) content problem(s) left some files out; see 'content check'."))
        }
        return CommandOutput(blocks, value: value)
    }

    static let show = CommandSpec(
        ["module", "show"], summary: "show a module's objectives, sections and labs",
        arguments: [ArgumentSpec("MODULE", "the module", completion: .ids("module"))],
        examples: ["module show monitoring-drift"]
    ) { invocation, session throws(CommandError) in
        let course = session.course
        let id = invocation.argument(0) ?? ""
        guard let module = course.module(id) else { throw QuizCommands.unknownModule(id, course: course, column: invocation.arguments.first?.column) }
        let blocks: [Block] = [
            .heading("\(module.order). \(module.title)"),
            .fields([
                ("id", module.id), ("domain", module.domain), ("time", "about \(module.minutes) minutes"),
                ("needs", module.prerequisites.isEmpty ? "nothing" : module.prerequisites.joined(separator: ", ")),
                ("labs", module.labs.isEmpty ? "none" : module.labs.joined(separator: ", ")),
                ("questions", String(course.banks[module.id]?.questions.count ?? 0)),
            ]),
            .heading("Objectives"),
            .bullets(module.objectives.map { "\($0.id): \($0.text)" }),
            .heading("Sections"),
            .table(Table(columns: [Table.Column("#", alignRight: true), Table.Column("section"), Table.Column("title")],
                         rows: module.sections.enumerated().map { [String($0.offset + 1), $0.element.slug, $0.element.title] })),
            .paragraph("Read it with 'lesson \(module.id)'; test yourself with 'quiz start \(module.id)'."),
        ]
        let value = Value.object([
            "id": .string(module.id), "title": .string(module.title), "order": .int(module.order),
            "domain": .string(module.domain), "minutes": .int(module.minutes),
            "prerequisites": .list(module.prerequisites.map(Value.string)), "labs": .list(module.labs.map(Value.string)),
            "objectives": .list(module.objectives.map { .object(["id": .string($0.id), "text": .string($0.text)]) }),
            "sections": .list(module.sections.map { .object(["slug": .string($0.slug), "title": .string($0.title)]) }),
        ])
        return CommandOutput(blocks, value: value)
    }

    static let lesson = CommandSpec(
        ["lesson"], summary: "read a lesson, one section at a time",
        discussion: "'lesson MODULE' shows the first section; 'lesson MODULE SECTION' shows a section by number or slug; 'lesson next' continues where you left off.",
        arguments: [
            ArgumentSpec("MODULE", "the module, or 'next'", completion: .ids("module")),
            ArgumentSpec("SECTION", "a section number or slug", optional: true),
        ],
        flags: [FlagSpec("force", "open a module whose prerequisites are not done yet")],
        examples: ["lesson monitoring-drift", "lesson monitoring-drift 3", "lesson monitoring-drift glossary", "lesson next"]
    ) { invocation, session throws(CommandError) in
        let course = session.course
        var moduleID = invocation.argument(0) ?? ""
        var index = 0
        if moduleID == "next" {
            var last = session.lastSection
            if last == nil { last = try lastViewedSection(session) }
            guard let (nextModule, nextIndex) = nextSection(after: last, course: course) else {
                return CommandOutput([.notice(.success, "You have read every lesson.")], value: .object(["done": true]))
            }
            moduleID = nextModule
            index = nextIndex
        }
        guard let module = course.module(moduleID) else {
            throw QuizCommands.unknownModule(moduleID, course: course, column: invocation.arguments.first?.column)
        }
        if !invocation.has("force") { try checkUnlocked(module, session: session) }
        if let word = invocation.arguments.dropFirst().first {
            if let number = Int(word.text), (1...module.sections.count).contains(number) {
                index = number - 1
            } else if let found = module.sections.firstIndex(where: { $0.slug == word.text }) {
                index = found
            } else {
                let hint = Suggestions.phrase(for: word.text, among: module.sections.map(\.slug))
                    ?? "give a number from 1 to \(module.sections.count) or one of: \(module.sections.map(\.slug).joined(separator: ", "))"
                throw CommandError.usage("module '\(module.id)' has no section '\(word.text)'", hint: hint, column: word.column)
            }
        }
        guard module.sections.indices.contains(index) else { throw CommandError("module '\(module.id)' has no lesson text") }
        let section = module.sections[index]
        let isLast = index == module.sections.count - 1
        let record = try session.record
        try record.append(.lessonViewed, subject: module.id, payload: ["section": section.slug], at: session.now())
        if isLast { try record.append(.lessonCompleted, subject: module.id, at: session.now()) }
        session.lastSection = (module.id, index)
        let footer = isLast
            ? "End of \(module.title). Test yourself with 'quiz start \(module.id)'; 'lesson next' goes on to the next module."
            : "Section \(index + 1) of \(module.sections.count). Next: 'lesson next' (or 'lesson \(module.id) \(index + 2)')."
        return CommandOutput(
            [.markdown(section.markdown), .notice(.info, footer)],
            value: .object([
                "module": .string(module.id), "section": .string(section.slug), "title": .string(section.title),
                "position": .int(index + 1), "sections": .int(module.sections.count), "markdown": .string(section.markdown),
            ]))
    }

    /// The section the learner read last in any session, from the event log.
    static func lastViewedSection(_ session: Session) throws(CommandError) -> (module: String, index: Int)? {
        let record = try session.record
        let events: [StoredEvent]
        do {
            events = try record.store.events(learner: record.learner.id, kinds: [.lessonViewed])
        } catch {
            throw CommandError("cannot read progress: \(describe(error))")
        }
        for event in events.reversed() {
            guard let module = session.course.module(event.subject),
                let value = try? JSONReader(maximumBytes: 65_536, maximumDepth: 4).parse(event.payload),
                let slug = value["section"]?.stringValue, let index = module.sections.firstIndex(where: { $0.slug == slug })
            else { continue }
            return (module.id, index)
        }
        return nil
    }

    /// Module ids whose lesson the learner has read to the end.
    static func completedLessons(_ session: Session) throws(CommandError) -> Set<String> {
        let record = try session.record
        do {
            return try record.store.lessonsCompleted(learner: record.learner.id)
        } catch {
            throw CommandError("cannot read progress: \(describe(error))")
        }
    }

    /// Refuses a module whose prerequisites are not done.
    static func checkUnlocked(_ module: Module, session: Session) throws(CommandError) {
        let completed = try completedLessons(session)
        let missing = module.prerequisites.filter { !completed.contains($0) }
        guard !missing.isEmpty else { return }
        throw CommandError(
            "'\(module.id)' is locked until you finish \(missing.joined(separator: ", "))",
            hint: "read 'lesson \(missing[0])' first, or add --force to open it anyway")
    }

    /// The section after `last`, moving on to the next module after a module's last section.
    static func nextSection(after last: (module: String, index: Int)?, course: Course) -> (String, Int)? {
        guard let last else { return course.modules.first.map { ($0.id, 0) } }
        guard let position = course.modules.firstIndex(where: { $0.id == last.module }) else { return nil }
        if last.index + 1 < course.modules[position].sections.count { return (last.module, last.index + 1) }
        return position + 1 < course.modules.count ? (course.modules[position + 1].id, 0) : nil
    }
}
