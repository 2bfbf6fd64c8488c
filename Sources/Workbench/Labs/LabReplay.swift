import Curriculum
import Foundation

/// Replays an attempt as the instructor's grader does: a fresh sandbox in a temporary folder with
/// the lab's seed, files and setup, then the attempt's commands through the same command runner,
/// reading the files they read from the attempt; each task's checks are evaluated where the
/// learner passed it, or at the end.
enum LabReplay {
    /// The result of every task of `lab` for `attempt`; `session` lends its commands and settings.
    static func run(_ attempt: LabAttempt, lab: Lab, session: Session) throws(CommandError) -> [LabTaskResult] {
        let digest = LabRun.digest(of: lab)
        guard attempt.record.digest == digest else {
            throw CommandError(
                "the attempt was made with another version of lab \(lab.id): its digest is \(attempt.record.digest.prefix(12)), \(lab.file) now has \(digest.prefix(12))",
                hint: "replay it with the content the attempt was made with; the checks may have changed")
        }
        for (index, entry) in attempt.commands.enumerated() {
            if let problem = LabCommandPolicy.check(entry.command, registry: session.registry) {
                throw CommandError("attempt command \(index + 1), '\(entry.command)', cannot be replayed: \(problem.message)", hint: problem.hint)
            }
        }
        let folder = NSTemporaryDirectory() + "mlops-lab-replay-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let replaying = try Session(registry: session.registry, launch: session.launch)
        replaying.settings = session.settings
        var run = LabRun(lab: lab, folder: folder, progress: LabProgress(lab: lab, digest: digest, setupCommands: 0))
        run.isSettingUp = true
        replaying.activeLab = run
        replaying.activeLabLoaded = true
        let workspace = try LabWorkspace.create(lab, in: folder, session: replaying)
        for (hash, bytes) in attempt.files.sorted(by: { $0.key < $1.key }) {
            try FileStore.writeAtomically(bytes: bytes, to: workspace.filesFolder + "/" + hash)
        }
        let records = attempt.record.aligned(with: lab).tasks
        var results: [LabTaskResult?] = Array(repeating: nil, count: lab.tasks.count)
        func evaluate(after count: Int, final: Bool) {
            let due = lab.tasks.indices.filter { index in
                results[index] == nil && (final || records[index].checkedAfter.map { min($0, attempt.commands.count) } == count)
            }
            guard !due.isEmpty else { return }
            let context = LabEvaluation.context(world: workspace.world, commands: count)
            for index in due {
                results[index] = LabTaskResult(
                    task: lab.tasks[index], checks: LabEvaluation.results(lab.tasks[index], in: context), record: records[index],
                    evaluatedAfter: count)
            }
        }
        let runner = CommandRunner(session: replaying)
        evaluate(after: 0, final: false)
        for (index, entry) in attempt.commands.enumerated() {
            do throws(CommandError) {
                try workspace.replay(entry, runner: runner, place: "attempt command \(index + 1)")
            } catch {
                throw CommandError(
                    error.message,
                    hint: "the attempt was made by mlops-lab \(attempt.program) and does not replay in \(ProgramVersion.current) as it did")
            }
            evaluate(after: index + 1, final: false)
        }
        evaluate(after: attempt.commands.count, final: true)
        return results.compactMap { $0 }
    }
}
