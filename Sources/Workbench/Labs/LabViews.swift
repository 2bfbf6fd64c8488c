import Curriculum
import Values

/// How labs look: a task, check results, a finished lab.
enum LabViews {
    /// The task the learner is on, or the finished lab.
    static func currentTask(_ run: LabRun) -> [Block] {
        guard let task = run.currentTask else { return finished(run) }
        let index = run.progress.currentIndex
        let record = run.progress.tasks[index]
        let left = task.hints.count - record.hints
        let help = left > 0 ? "Stuck? 'lab hint' (\(left) left, each costs a point)." : "No hints left for this task."
        return [
            .heading("Task \(index + 1)/\(run.lab.tasks.count) · \(task.title) (\(task.points) points)"),
            .markdown(task.instructions),
            .paragraph("When you are done: 'lab check'. " + help),
        ]
    }

    /// The lab is done: its points.
    static func finished(_ run: LabRun) -> [Block] {
        [
            .notice(.success, "Lab \(run.lab.id) passed: \(run.progress.points) of \(run.lab.maximumPoints) points."),
            .paragraph("'lab solution' shows the reference solution; 'lab export-attempt' writes the attempt for your instructor; 'lab quit' returns to the playground."),
        ]
    }

    /// One task's check results as bullets.
    static func checks(_ result: LabTaskResult) -> Block {
        .bullets(result.checks.map(\.line))
    }

    /// The current task as data.
    static func taskValue(_ run: LabRun) -> Value {
        guard let task = run.currentTask else {
            return .object(["lab": .string(run.lab.id), "passed": true, "points": .int(run.progress.points), "of": .int(run.lab.maximumPoints)])
        }
        let index = run.progress.currentIndex
        return .object([
            "lab": .string(run.lab.id), "task": .string(task.id), "number": .int(index + 1), "of": .int(run.lab.tasks.count),
            "title": .string(task.title), "points": .int(task.points), "instructions": .string(task.instructions),
            "hints": .object(["shown": .int(run.progress.tasks[index].hints), "total": .int(task.hints.count)]),
        ])
    }

    /// A lab that does not exist, with the closest ids.
    static func unknownLab(_ id: String, course: Course, column: Int?) -> CommandError {
        CommandError.usage(
            "no lab '\(id)'", hint: Suggestions.phrase(for: id, among: course.labs.map(\.id)) ?? "see 'lab list'", column: column)
    }
}
