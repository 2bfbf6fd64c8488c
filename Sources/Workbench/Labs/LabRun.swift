import Curriculum
import Modeling
import Sandbox

/// The lab the learner is doing: the lab, its workspace folder, the digest of the lab file and
/// the learner's progress. Sandbox commands act on its sandbox while it is active.
struct LabRun {
    /// The lab.
    let lab: Lab
    /// The workspace: the sandbox (seed, transcript, kept files), `lab.json` and the lab's files.
    let folder: String
    /// SHA-256 of the lab file as loaded now.
    let digest: String
    /// How far the learner is.
    var progress: LabProgress
    /// True while the setup runs: its commands are the lab's, so the limits do not count them.
    var isSettingUp = false

    init(lab: Lab, folder: String, progress: LabProgress) {
        self.lab = lab
        self.folder = folder
        self.digest = LabRun.digest(of: lab)
        self.progress = progress.aligned(with: lab)
    }

    /// The content digest of a lab: SHA-256 of its file's bytes.
    static func digest(of lab: Lab) -> String {
        sha256Hex(Array(lab.source.utf8))
    }

    /// The task the learner is on, nil once every task passed.
    var currentTask: LabTask? {
        let index = progress.currentIndex
        return index < lab.tasks.count ? lab.tasks[index] : nil
    }

    /// Words for the prompt: `lab first-pipeline · task 2/4`.
    var promptContext: [String] {
        let count = lab.tasks.count
        return ["lab \(lab.id)", progress.isFinished ? "passed" : "task \(progress.currentIndex + 1)/\(count)"]
    }

    /// The changing commands the learner has run (the setup's are not counted).
    func learnerCommands(_ workspace: SandboxWorkspace) -> Int {
        max(0, workspace.entries.count - progress.setupCommands)
    }

    /// Refuses another changing command once the lab's limit is reached.
    func checkCommandLimit(_ workspace: SandboxWorkspace) throws(CommandError) {
        guard !isSettingUp, learnerCommands(workspace) >= lab.limits.commands else { return }
        throw CommandError(
            "lab \(lab.id) allows \(lab.limits.commands) changing commands and all have been used; nothing changed",
            hint: "start it afresh with 'lab reset --yes', or leave it with 'lab quit'")
    }

    /// Refuses a change that moves virtual time past the lab's limit.
    func checkDayLimit(_ world: World) throws(CommandError) {
        let limit = Int64(lab.limits.days) * 86_400
        guard !isSettingUp, world.now - World.startTime > limit else { return }
        throw CommandError(
            "that would take lab \(lab.id) past its \(lab.limits.days) virtual days; nothing changed",
            hint: "this lab needs less time; start it afresh with 'lab reset --yes' if the clock ran away")
    }
}
