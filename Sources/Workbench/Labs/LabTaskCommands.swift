import Curriculum
import Progress
import Values

/// `lab task`, `lab check`, `lab hint` and `lab solution`: working through the tasks.
enum LabTaskCommands {
    /// Failed checks of a task after which its solution may be shown.
    static let failuresBeforeSolution = 3

    static let task = CommandSpec(
        ["lab", "task"], summary: "show the current task of the lab in progress again",
        examples: ["lab task"]
    ) { _, session throws(CommandError) in
        let run = try session.requireLab()
        return CommandOutput(LabViews.currentTask(run), value: LabViews.taskValue(run))
    }

    static let check = CommandSpec(
        ["lab", "check"], summary: "run the current task's checks against the lab's sandbox; when all pass, score it and move on",
        discussion: """
            Each check is an expression over the sandbox's state (datasets, runs, pipelines, models, serving, alerts, drift, \
            rollouts). When every check passes the task scores its points less one per hint shown (nothing if its solution \
            was shown first), and the next task begins. The result is recorded in your progress. Exit status 1 while a check fails.
            """,
        examples: ["lab check", "lab check --json"]
    ) { _, session throws(CommandError) in
        var run = try session.requireLab()
        guard let task = run.currentTask else {
            return CommandOutput(LabViews.finished(run), value: LabViews.taskValue(run))
        }
        let index = run.progress.currentIndex
        let workspace = try session.sandbox()
        let commands = run.learnerCommands(workspace)
        let context = LabEvaluation.context(world: workspace.world, commands: commands)
        let result = LabTaskResult(
            task: task, checks: LabEvaluation.results(task, in: context), record: run.progress.tasks[index], evaluatedAfter: commands)
        let heading = Block.heading("Task \(index + 1)/\(run.lab.tasks.count) · \(task.title)")
        let now = session.now()
        guard result.passed else {
            run.progress.tasks[index].failures += 1
            let failures = run.progress.tasks[index].failures
            try session.saveLab(run)
            try session.record.append(
                .labChecked, subject: run.lab.id, payload: ["task": task.id, "passed": "false", "failures": String(failures)], at: now)
            let failed = result.checks.filter { !$0.passed }.count
            let next = failures >= failuresBeforeSolution
                ? "After \(failures) tries, 'lab solution --yes' shows the solution (the task then scores nothing)."
                : "Fix what is marked ✗ and run 'lab check' again; 'lab hint' gives a hint for a point."
            var output = CommandOutput(
                [heading, LabViews.checks(result), .notice(.warning, "\(failed) of \(result.checks.count) checks fail."), .paragraph(next)],
                value: result.value)
            output.reportsFailure = true
            return output
        }
        run.progress.tasks[index].points = result.points
        run.progress.tasks[index].checkedAfter = commands
        try session.saveLab(run)
        try session.record.append(
            .labChecked, subject: run.lab.id, payload: ["task": task.id, "passed": "true", "points": String(result.points)], at: now)
        var blocks: [Block] = [
            heading, LabViews.checks(result),
            .notice(.success, "Task passed: \(result.points) of \(task.points) points."),
        ]
        if run.progress.isFinished {
            try session.record.append(
                .labPassed, subject: run.lab.id,
                payload: ["points": String(run.progress.points), "of": String(run.lab.maximumPoints), "digest": run.digest], at: now)
        }
        blocks += LabViews.currentTask(run)
        return CommandOutput(blocks, value: .object(["result": result.value, "next": LabViews.taskValue(run)]))
    }

    static let hint = CommandSpec(
        ["lab", "hint"], summary: "show the next hint for the current task (each costs one of its points)",
        examples: ["lab hint"]
    ) { _, session throws(CommandError) in
        var run = try session.requireLab()
        guard let task = run.currentTask else {
            return CommandOutput(LabViews.finished(run), value: LabViews.taskValue(run))
        }
        let index = run.progress.currentIndex
        let shown = run.progress.tasks[index].hints
        guard shown < task.hints.count else {
            let blocks: [Block] = task.hints.isEmpty
                ? [.paragraph("This task has no hints.")]
                : [.paragraph("No more hints for this task; here they are again:")] + task.hints.map(Block.markdown)
            return CommandOutput(blocks, value: .object(["task": .string(task.id), "hints": .list(task.hints.map(Value.string)), "left": 0]))
        }
        run.progress.tasks[index].hints += 1
        try session.saveLab(run)
        try session.record.append(.labHinted, subject: run.lab.id, payload: ["task": task.id, "hint": String(shown + 1)], at: session.now())
        let worth = max(0, task.points - shown - 1)
        return CommandOutput(
            [.heading("Hint \(shown + 1)/\(task.hints.count) · \(task.title)"), .markdown(task.hints[shown]),
             .paragraph("The task is now worth at most \(worth) of \(task.points) points.")],
            value: .object([
                "task": .string(task.id), "hint": .int(shown + 1), "text": .string(task.hints[shown]),
                "left": .int(task.hints.count - shown - 1), "worth": .int(worth),
            ]))
    }

    static let solution = CommandSpec(
        ["lab", "solution"], summary: "show the reference solution: after the lab is passed, or after 3 failed checks of a task (with --yes, which forfeits its points)",
        flags: [FlagSpec("yes", "show it even though the current task then scores nothing")],
        examples: ["lab solution", "lab solution --yes"]
    ) { invocation, session throws(CommandError) in
        var run = try session.requireLab()
        let index = run.progress.currentIndex
        if let task = run.currentTask, !run.progress.tasks[index].forfeited {
            let failures = run.progress.tasks[index].failures
            guard failures >= failuresBeforeSolution else {
                throw CommandError(
                    "the solution opens once the lab is passed, or after \(failuresBeforeSolution) failed 'lab check's of the current task (\(failures) so far)",
                    hint: "try 'lab hint' first")
            }
            guard invocation.has("yes") else {
                return CommandOutput(
                    [.notice(.warning, "seeing the solution now means task \(index + 1), '\(task.title)', scores nothing (it is worth \(task.points) points)"),
                     .paragraph("Run 'lab solution --yes' to see it anyway.")],
                    value: .object(["shown": false, "task": .string(task.id)]))
            }
            run.progress.tasks[index].forfeited = true
            try session.saveLab(run)
            try session.record.append(
                .labSolutionShown, subject: run.lab.id, payload: ["task": task.id, "forfeited": String(task.points)], at: session.now())
        }
        let lines = run.lab.solution.map(\.text)
        return CommandOutput(
            [.heading("Solution of lab \(run.lab.id)"), .code(lines.joined(separator: "\n"))],
            value: .object(["shown": true, "solution": .list(lines.map(Value.string))]))
    }
}
