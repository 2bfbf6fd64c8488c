import Curriculum
import Values

/// `content check`: every problem in the course files, with `file:line:column` and a fix.
enum ContentCommands {
    static let check = CommandSpec(
        ["content", "check"], summary: "check the course files and report every problem",
        discussion: "Reads curriculum/, quizzes/ and labs/ and reports each problem as file:line:column with a hint. Exits non-zero when there is any. Without DIR, checks the content folder in use (see 'status').",
        arguments: [ArgumentSpec("DIR", "a content folder to check", optional: true, completion: .files)],
        examples: ["content check", "content check ./my-course --json"]
    ) { invocation, session throws(CommandError) in
        let course: Course
        let folder: String
        if let directory = invocation.argument(0) {
            var loaded = CourseLoader.load(folder: directory)
            LabContentChecks.apply(to: &loaded, registry: session.registry)
            course = loaded
            folder = directory
        } else {
            course = session.course
            folder = session.content?.path ?? "."
        }
        let questions = course.banks.values.reduce(0) { $0 + $1.questions.count }
        let summary = "\(course.filesRead) files: \(course.modules.count) modules, \(questions) questions, \(course.labs.count) labs"
        let value = Value.object([
            "folder": .string(folder),
            "files": .int(course.filesRead),
            "modules": .int(course.modules.count),
            "questions": .int(questions),
            "labs": .int(course.labs.count),
            "problems": .list(course.problems.map { problem in
                .object([
                    "file": .string(problem.file), "line": problem.line.map(Value.int) ?? .null,
                    "column": problem.column.map(Value.int) ?? .null, "message": .string(problem.message),
                    "hint": .optional(problem.hint),
                ])
            }),
        ])
        guard course.problems.isEmpty else {
            let lines = course.problems.map { problem in
                problem.location + ": " + problem.message + (problem.hint.map { "\n    " + $0 } ?? "")
            }
            var error = CommandError(
                "\(course.problems.count) problem\(course.problems.count == 1 ? "" : "s") in \(folder)",
                hint: lines.joined(separator: "\n  "))
            error.details = value
            throw error
        }
        return CommandOutput([.notice(.success, "content is valid — \(summary)")], value: value)
    }
}
