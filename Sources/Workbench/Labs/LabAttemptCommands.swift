import Curriculum
import Values

/// `lab export-attempt` and `lab replay`: the attempt as the instructor's grader sees it.
enum LabAttemptCommands {
    static let export = CommandSpec(
        ["lab", "export-attempt"], summary: "write a lab attempt (lab, digest, seed, commands, files read) for grading",
        discussion: "Without ID, the lab in progress. Without --out, the attempt is written beside the lab's transcript as attempt.json. 'lab replay FILE' grades it.",
        arguments: [ArgumentSpec("ID", "the lab (default: the one in progress)", optional: true, completion: .ids("lab"))],
        flags: [FlagSpec("out", "where to write it", kind: .value(placeholder: "FILE"), completion: .files)],
        examples: ["lab export-attempt", "lab export-attempt first-pipeline --out first-pipeline-attempt.json"]
    ) { invocation, session throws(CommandError) in
        let run: LabRun
        if invocation.argument(0) != nil {
            let lab = try LabSessionCommands.named(invocation, session: session)
            let folder = try session.labFolder(lab.id)
            guard let progress = try LabProgress.load(folder: folder) else {
                throw CommandError("lab \(lab.id) has not been started", hint: "start it with 'lab start \(lab.id)'")
            }
            run = LabRun(lab: lab, folder: folder, progress: progress)
        } else {
            run = try session.requireLab()
        }
        let attempt = try LabAttempt.of(run)
        let out = invocation.value("out") ?? run.folder + "/" + LabAttempt.fileName
        try attempt.write(to: out)
        let passed = run.progress.tasks.filter(\.passed).count
        return CommandOutput(
            [.notice(.success, "wrote the attempt at lab \(run.lab.id) (\(attempt.commands.count) commands, \(passed) of \(run.lab.tasks.count) tasks passed) to \(out)"),
             .paragraph("'lab replay \(out)' replays it as a grader does.")],
            value: .object([
                "out": .string(out), "lab": .string(run.lab.id), "digest": .string(attempt.record.digest), "commands": .int(attempt.commands.count),
            ]))
    }

    static let replay = CommandSpec(
        ["lab", "replay"], summary: "replay a lab attempt in a fresh sandbox and show every task's check results, as the grader does",
        discussion: """
            Rebuilds the lab's sandbox from its seed, files and setup in a temporary folder, runs the attempt's commands through \
            the same command layer with the files they read, and evaluates each task's checks where the learner passed it (or \
            at the end). The lab file must be the one the attempt was made with: a changed file is reported, not graded.
            """,
        arguments: [ArgumentSpec("FILE", "the attempt (from 'lab export-attempt')", completion: .files)],
        examples: ["lab replay attempt.json", "lab replay attempt.json --json"]
    ) { invocation, session throws(CommandError) in
        guard let path = invocation.argument(0) else { throw CommandError.usage("'lab replay' needs an attempt file") }
        let attempt = try LabAttempt.read(path)
        guard let lab = session.course.lab(attempt.record.lab) else {
            throw CommandError("the attempt is for lab '\(attempt.record.lab)', which the course in use does not have", hint: "see 'lab list'")
        }
        let results = try LabReplay.run(attempt, lab: lab, session: session)
        let passed = results.filter(\.passed).count
        let points = results.reduce(0) { $0 + $1.points }
        var blocks: [Block] = [.heading("Replay of lab \(lab.id): \(passed) of \(results.count) tasks pass, \(points) of \(lab.maximumPoints) points")]
        if attempt.program != ProgramVersion.current {
            blocks.append(.notice(.warning, "the attempt was made by mlops-lab \(attempt.program); this is \(ProgramVersion.current)"))
        }
        for (index, result) in results.enumerated() {
            let verdict = result.passed ? "passed, \(result.points) of \(result.task.points) points" : "not passed"
            let after = result.evaluatedAfter == 1 ? "1 command" : "\(result.evaluatedAfter) commands"
            blocks.append(.heading("Task \(index + 1) · \(result.task.title) — \(verdict) (after \(after))"))
            blocks.append(LabViews.checks(result))
        }
        var output = CommandOutput(blocks, value: .object([
            "lab": .string(lab.id), "digest": .string(attempt.record.digest), "seed": .string(String(attempt.record.seed)),
            "program": .string(attempt.program), "commands": .int(attempt.commands.count), "passed": .int(passed),
            "points": .int(points), "of": .int(lab.maximumPoints), "tasks": .list(results.map(\.value)),
        ]))
        output.reportsFailure = passed < results.count
        return output
    }
}
