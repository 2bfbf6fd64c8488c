import Curriculum
import Sandbox

/// The checks of a lab that need the command layer: every `expect` parses as an expression and
/// every setup, solution and mistake line as a sandbox command. Each problem points into the lab file.
enum LabContentChecks {
    /// Adds the problems of every lab to `course.problems` and leaves out the labs that have any.
    static func apply(to course: inout Course, registry: CommandRegistry) {
        course.labs = course.labs.filter { lab in
            let found = problems(lab, registry: registry)
            course.problems += found
            return found.isEmpty
        }
    }

    /// The problems of one lab, in file order.
    static func problems(_ lab: Lab, registry: CommandRegistry) -> [ContentProblem] {
        var problems: [ContentProblem] = []
        func report(_ message: String, _ place: ScalarPlace, column: Int?, hint: String?) {
            let position = place.position(ofColumn: column ?? 1)
            problems.append(ContentProblem(file: lab.file, line: position.line, column: position.column, message: message, hint: hint))
        }
        let mistakes = lab.mistakes.enumerated().map { ("mistake \($0.offset + 1)", $0.element.commands) }
        for (label, lines) in [("setup", lab.scenario.setup), ("solution", lab.solution)] + mistakes {
            for line in lines {
                guard let error = LabCommandPolicy.check(line.text, registry: registry) else { continue }
                report("'\(label)' line '\(line.text)' cannot run: \(error.message)", line.place, column: error.location?.column, hint: error.hint)
            }
        }
        for task in lab.tasks {
            for (index, check) in task.checks.enumerated() {
                do throws(ExpressionError) {
                    _ = try Expression(check.expect)
                } catch {
                    report(
                        "check \(index + 1) of task '\(task.id)' is not a valid expression: \(error.message)", check.place,
                        column: error.column, hint: error.hint)
                }
            }
        }
        return problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) }
    }
}
