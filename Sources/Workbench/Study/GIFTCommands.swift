import Curriculum
import Values

/// `content import-gift` and `content export-gift`: question banks to and from Moodle's GIFT format.
enum GIFTCommands {
    static let importGIFT = CommandSpec(
        ["content", "import-gift"], summary: "turn a GIFT (Moodle) file into a question bank for a module",
        discussion: "Reads every GIFT construct (categories, names, formats, feedback, weights, true/false, short answer, numeric, matching, missing word). Essay and description items are skipped with a warning. A question's objective comes from the last part of its $CATEGORY, else --objective; its lesson section from an '// mlops-lab:' comment, else --lesson. Prints the bank, or writes it with --out (never over an existing file unless --force).",
        arguments: [ArgumentSpec("FILE", "the GIFT file", completion: .files)],
        flags: [
            FlagSpec("module", "the module the questions belong to", kind: .value(placeholder: "ID"), completion: .ids("module")),
            FlagSpec("objective", "objective for questions whose category names none (default: the module's first)", kind: .value(placeholder: "ID")),
            FlagSpec("lesson", "lesson section for questions that name none (default: the module's first)", kind: .value(placeholder: "SLUG")),
            FlagSpec("out", "write the bank to this file", kind: .value(placeholder: "FILE"), completion: .files),
            FlagSpec("force", "replace --out if it exists"),
        ],
        examples: ["content import-gift moodle.gift --module cicd", "content import-gift moodle.gift --module cicd --out quizzes/cicd.yaml --force"]
    ) { invocation, session throws(CommandError) in
        let path = invocation.argument(0) ?? ""
        guard let moduleID = invocation.value("module") else {
            throw CommandError.usage("'content import-gift' needs --module ID", hint: "name the module the questions belong to")
        }
        let course = session.course
        guard let module = course.module(moduleID) else { throw QuizCommands.unknownModule(moduleID, course: course, column: nil) }
        guard let text = try FileStore.read(path, maximumBytes: GIFTImporter.maximumBytes) else {
            throw CommandError("cannot read \(path): no such file")
        }
        let imported = GIFTImporter.parse(text, file: path)
        if let first = imported.errors.first {
            var error = CommandError(
                "\(imported.errors.count) error(s) in \(path); nothing was imported",
                hint: imported.errors.map(\.description).joined(separator: "\n  "),
                at: SourceLocation(file: first.file, line: first.line, column: first.column))
            error.details = .list(imported.errors.map { .string($0.description) })
            throw error
        }
        let defaultObjective = invocation.value("objective") ?? module.objectives.first?.id ?? ""
        let defaultLesson = invocation.value("lesson") ?? module.sections.first?.slug ?? ""
        let objectives = Set(module.objectives.map(\.id))
        let sections = Set(module.sections.map(\.slug))
        var questions: [Question] = []
        var problems: [String] = []
        for item in imported.items {
            var question = item.question
            if question.objective.isEmpty { question.objective = defaultObjective }
            if question.lesson.isEmpty { question.lesson = defaultLesson }
            if !objectives.contains(question.objective) {
                problems.append("\(path):\(item.line):\(item.column): objective '\(question.objective)' is not an objective of '\(moduleID)'")
            }
            if !sections.contains(question.lesson) {
                problems.append("\(path):\(item.line):\(item.column): lesson section '\(question.lesson)' is not in '\(moduleID)'")
            }
            questions.append(question)
        }
        guard problems.isEmpty else {
            throw CommandError(
                "\(problems.count) question(s) do not fit module '\(moduleID)'; nothing was imported",
                hint: problems.joined(separator: "\n  ") + "\n  give --objective and --lesson, or fix the categories")
        }
        let yaml: String
        do {
            yaml = try QuestionBankWriter.yaml(module: moduleID, questions: questions)
        } catch {
            throw CommandError("cannot write the bank: \(error)")
        }
        var blocks: [Block] = imported.warnings.map { .notice(.warning, $0.description) }
        if let out = invocation.value("out") {
            try FileStore.writeNew(yaml, to: out, force: invocation.has("force"))
            blocks.append(.notice(.success, "\(questions.count) questions written to \(out)"))
        } else {
            blocks.append(.code(yaml.trimmingTrailingNewline))
        }
        return CommandOutput(blocks, value: .object([
            "module": .string(moduleID), "questions": .int(questions.count), "yaml": .string(yaml),
            "warnings": .list(imported.warnings.map { .string($0.description) }),
        ]))
    }

    static let exportGIFT = CommandSpec(
        ["content", "export-gift"], summary: "write a module's question bank in GIFT (Moodle) format",
        discussion: "Writes $CATEGORY lines per objective and keeps each question's lesson section in an '// mlops-lab:' comment that Moodle ignores. Ordering questions have no GIFT form and are left out with a warning.",
        arguments: [ArgumentSpec("MODULE", "the module", completion: .ids("module"))],
        flags: [
            FlagSpec("out", "write to this file", kind: .value(placeholder: "FILE"), completion: .files),
            FlagSpec("force", "replace --out if it exists"),
        ],
        examples: ["content export-gift cicd", "content export-gift cicd --out cicd.gift"]
    ) { invocation, session throws(CommandError) in
        let moduleID = invocation.argument(0) ?? ""
        let course = session.course
        guard course.module(moduleID) != nil else {
            throw QuizCommands.unknownModule(moduleID, course: course, column: invocation.arguments.first?.column)
        }
        let (text, warnings) = GIFTExporter.export(module: moduleID, questions: course.banks[moduleID]?.questions ?? [])
        var blocks: [Block] = warnings.map { .notice(.warning, $0.description) }
        if let out = invocation.value("out") {
            try FileStore.writeNew(text, to: out, force: invocation.has("force"))
            blocks.append(.notice(.success, "written to \(out)"))
        } else {
            blocks.append(.code(text.trimmingTrailingNewline))
        }
        return CommandOutput(blocks, value: .object([
            "module": .string(moduleID), "gift": .string(text), "warnings": .list(warnings.map { .string($0.description) }),
        ]))
    }

}

extension String {
    var trimmingTrailingNewline: String {
        hasSuffix("\n") ? String(dropLast()) : self
    }
}
