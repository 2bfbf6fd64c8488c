import Curriculum
import Values

/// A task's checks as `lab check` or a replay found them, and the points they give.
struct LabTaskResult: Equatable {
    /// The task.
    var task: LabTask
    /// Each check's outcome, in order.
    var checks: [LabCheckResult]
    /// The points scored: the task's points less one per hint, nothing when the solution was shown
    /// first or a check failed.
    var points: Int
    /// How many of the learner's commands had run when the checks were evaluated.
    var evaluatedAfter: Int

    /// Whether every check held.
    var passed: Bool { checks.allSatisfy(\.passed) }

    /// Scores `checks` of `task` for a learner whose record is `record`.
    init(task: LabTask, checks: [LabCheckResult], record: LabProgress.TaskRecord, evaluatedAfter: Int) {
        self.task = task
        self.checks = checks
        self.evaluatedAfter = evaluatedAfter
        let passed = checks.allSatisfy(\.passed)
        self.points = passed && !record.forfeited ? max(0, task.points - record.hints) : 0
    }

    var value: Value {
        .object([
            "task": .string(task.id), "title": .string(task.title), "passed": .bool(passed), "points": .int(points),
            "of": .int(task.points), "after": .int(evaluatedAfter), "checks": .list(checks.map(\.value)),
        ])
    }
}
