import Curriculum
import Foundation

extension Session {
    /// The folder of every sandbox: `sandboxes/` in the home folder.
    private func sandboxesFolder() throws(CommandError) -> String {
        try requireHome().file("sandboxes")
    }

    /// The workspace folder of lab `id`: `sandboxes/<id>/`.
    func labFolder(_ id: String) throws(CommandError) -> String {
        try sandboxesFolder() + "/" + id
    }

    /// The file that names the lab left active, so the next process continues it (a lab id never
    /// starts with a dot, so it cannot clash with a workspace).
    private func activeLabMarker() throws(CommandError) -> String {
        try sandboxesFolder() + "/.active-lab"
    }

    /// The lab in progress: the one `lab start` or `lab resume` entered, or in a new process the
    /// one the home folder says was left active (nil when that lab or its workspace is gone).
    func currentLab() -> LabRun? {
        if activeLabLoaded { return activeLab }
        activeLabLoaded = true
        guard let marker = try? activeLabMarker(), let text = try? FileStore.read(marker, maximumBytes: 256) else { return nil }
        let id = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let lab = course.lab(id), let folder = try? labFolder(id), let progress = try? LabProgress.load(folder: folder) else {
            return nil
        }
        let run = LabRun(lab: lab, folder: folder, progress: progress)
        activeLab = run
        if attempt == nil { promptContext = run.promptContext }
        return run
    }

    /// Reads which lab was left active in the home folder, so the prompt shows it from the start;
    /// returns its id, or nil when no lab is in progress.
    public func restoreActiveLab() -> String? {
        currentLab()?.lab.id
    }

    /// The lab in progress, or an error that says how to start one.
    func requireLab() throws(CommandError) -> LabRun {
        guard let run = currentLab() else {
            throw CommandError("no lab is in progress", hint: "see the labs with 'lab list' and start one with 'lab start ID'")
        }
        return run
    }

    /// Makes `run` the lab sandbox commands act on, here and in the next process.
    func enterLab(_ run: LabRun) throws(CommandError) {
        closeSandbox()
        activeLab = run
        activeLabLoaded = true
        let folder = try sandboxesFolder()
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw CommandError("cannot create the sandboxes folder \(folder): \(FileProblem.reason(error))")
        }
        try FileStore.writeAtomically(run.lab.id + "\n", to: try activeLabMarker())
        if attempt == nil { promptContext = run.promptContext }
    }

    /// Keeps the lab's progress: in memory, in `lab.json`, and in the prompt.
    func saveLab(_ run: LabRun) throws(CommandError) {
        try run.progress.save(folder: run.folder)
        activeLab = run
        if attempt == nil { promptContext = run.promptContext }
    }

    /// Leaves the lab (its workspace stays): sandbox commands act on the playground again.
    func leaveLab() {
        closeSandbox()
        activeLab = nil
        activeLabLoaded = true
        if let marker = try? activeLabMarker() { unlink(marker) }
        if attempt == nil { promptContext = [] }
    }

    /// A path a command reads or writes: as given outside a lab; inside one, within its workspace
    /// (absolute paths, `..` and links that lead out are refused).
    func workspacePath(_ path: String) throws(CommandError) -> String {
        try SandboxFiles.resolve(path, confinedTo: currentLab()?.folder)
    }

    /// Files read from disk by a command that does not change the sandbox, confined inside a lab.
    func liveFiles() -> SandboxFiles {
        .live(confinedTo: currentLab()?.folder)
    }
}
