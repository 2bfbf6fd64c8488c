import Curriculum
import Foundation
import Progress
import Values

/// `lab start`, `lab resume`, `lab reset` and `lab quit`: entering and leaving a lab's sandbox.
enum LabSessionCommands {
    static let start = CommandSpec(
        ["lab", "start"], summary: "start a lab in a fresh sandbox of its own and show the first task",
        discussion: """
            Creates sandboxes/ID/ in the home folder with the lab's seed, writes the lab's files into it and runs its setup \
            commands. Until 'lab quit', sandbox commands act on this sandbox and read and write files inside its folder only. \
            The prompt shows the lab and the task.
            """,
        arguments: [ArgumentSpec("ID", "the lab", completion: .ids("lab"))],
        examples: ["lab start first-pipeline"]
    ) { invocation, session throws(CommandError) in
        let lab = try named(invocation, session: session)
        let folder = try session.labFolder(lab.id)
        if FileManager.default.fileExists(atPath: folder + "/" + LabProgress.fileName) {
            throw CommandError(
                "lab \(lab.id) was started before; its workspace is \(folder)",
                hint: "continue it with 'lab resume \(lab.id)', or start it afresh with 'lab resume \(lab.id)' then 'lab reset --yes'")
        }
        let digest = LabRun.digest(of: lab)
        let run = try prepare(LabRun(lab: lab, folder: folder, progress: LabProgress(lab: lab, digest: digest, setupCommands: 0)), session: session)
        try session.record.append(.labStarted, subject: lab.id, payload: ["seed": String(lab.scenario.seed), "digest": digest], at: session.now())
        let intro: [Block] = [
            .heading(lab.title),
            .fields([
                ("module", lab.module), ("time", "about \(lab.minutes) min"), ("difficulty", lab.difficulty.rawValue),
                ("workspace", folder), ("files", lab.scenario.files.isEmpty ? "none" : lab.scenario.files.map(\.name).joined(separator: ", ")),
                ("limits", "\(lab.limits.commands) changing commands, \(lab.limits.days) virtual days"),
            ]),
        ]
        return CommandOutput(intro + LabViews.currentTask(run), value: .object([
            "lab": .string(lab.id), "folder": .string(folder), "seed": .string(String(lab.scenario.seed)), "digest": .string(digest),
            "setupCommands": .int(run.progress.setupCommands), "task": LabViews.taskValue(run),
        ]))
    }

    static let resume = CommandSpec(
        ["lab", "resume"], summary: "continue a lab started earlier: its sandbox is rebuilt from the transcript",
        arguments: [ArgumentSpec("ID", "the lab", completion: .ids("lab"))],
        examples: ["lab resume first-pipeline"]
    ) { invocation, session throws(CommandError) in
        let lab = try named(invocation, session: session)
        let folder = try session.labFolder(lab.id)
        guard let progress = try LabProgress.load(folder: folder) else {
            throw CommandError("lab \(lab.id) has not been started", hint: "start it with 'lab start \(lab.id)'")
        }
        let run = LabRun(lab: lab, folder: folder, progress: progress)
        try session.enterLab(run)
        do throws(CommandError) {
            _ = try session.sandbox()
        } catch {
            session.leaveLab()
            throw error
        }
        var blocks: [Block] = [.notice(.info, "Back in lab \(lab.id) (\(folder)).")]
        if progress.digest != run.digest {
            blocks.append(.notice(.warning, "the lab file changed since this attempt started; the checks are the new ones, and a replay of the attempt will report the change"))
        }
        return CommandOutput(blocks + LabViews.currentTask(run), value: LabViews.taskValue(run))
    }

    static let reset = CommandSpec(
        ["lab", "reset"], summary: "start the lab in progress afresh: same seed, fresh sandbox, back to the first task",
        discussion: "Hints already shown and solutions already seen still cost their points.",
        flags: [FlagSpec("yes", "do it without asking")],
        examples: ["lab reset --yes"]
    ) { invocation, session throws(CommandError) in
        var run = try session.requireLab()
        guard invocation.has("yes") else {
            return CommandOutput(
                [.notice(.warning, "this throws away everything done in lab \(run.lab.id) (\(run.folder))"), .paragraph("Run it again with --yes to go ahead.")],
                value: .object(["reset": false, "lab": .string(run.lab.id)]))
        }
        for index in run.progress.tasks.indices {
            run.progress.tasks[index].points = nil
            run.progress.tasks[index].checkedAfter = nil
        }
        run.progress.digest = run.digest
        run = try prepare(run, session: session)
        try session.record.append(.labStarted, subject: run.lab.id, payload: ["seed": String(run.progress.seed), "digest": run.digest, "reset": "true"], at: session.now())
        return CommandOutput([.notice(.success, "lab \(run.lab.id) starts afresh")] + LabViews.currentTask(run), value: LabViews.taskValue(run))
    }

    static let quit = CommandSpec(
        ["lab", "quit"], summary: "leave the lab in progress (its workspace stays; 'lab resume' continues it)",
        examples: ["lab quit"]
    ) { _, session throws(CommandError) in
        let run = try session.requireLab()
        session.leaveLab()
        return CommandOutput(
            [.notice(.info, "Left lab \(run.lab.id); sandbox commands act on the playground again."),
             .paragraph("Its workspace stays in \(run.folder); 'lab resume \(run.lab.id)' continues it.")],
            value: .object(["lab": .string(run.lab.id), "folder": .string(run.folder)]))
    }

    /// The lab named by the first argument.
    static func named(_ invocation: Invocation, session: Session) throws(CommandError) -> Lab {
        guard let id = invocation.argument(0) else {
            throw CommandError.usage("'\(invocation.spec.name)' needs a lab id", hint: "see 'lab list'")
        }
        guard let lab = session.course.lab(id) else {
            throw LabViews.unknownLab(id, course: session.course, column: invocation.arguments.first?.column)
        }
        return lab
    }

    /// Enters `run` and builds its sandbox afresh: files, then the setup (whose commands the
    /// progress records as the setup's). On failure the half-made workspace is removed.
    private static func prepare(_ run: LabRun, session: Session) throws(CommandError) -> LabRun {
        var run = run
        run.isSettingUp = true
        try session.enterLab(run)
        let workspace: SandboxWorkspace
        do throws(CommandError) {
            workspace = try LabWorkspace.create(run.lab, in: run.folder, session: session)
        } catch {
            session.leaveLab()
            try? FileManager.default.removeItem(atPath: run.folder)
            throw error
        }
        run.isSettingUp = false
        run.progress.setupCommands = workspace.entries.count
        try session.saveLab(run)
        return run
    }
}
