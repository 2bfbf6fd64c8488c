import Curriculum
import Foundation

/// Creates a lab's sandbox: a fresh workspace with the lab's seed, the lab's files written into
/// it, then the setup run line by line through the command layer (so it lands in the transcript).
enum LabWorkspace {
    /// Makes `folder` the fresh workspace of `lab` for `session`, whose active lab must be this
    /// lab in `folder` (so paths resolve inside it), and returns the sandbox after the setup.
    static func create(_ lab: Lab, in folder: String, session: Session) throws(CommandError) -> SandboxWorkspace {
        session.closeSandbox()
        try SandboxWorkspace.reset(folder: folder, seed: lab.scenario.seed)
        for file in lab.scenario.files {
            if let slash = file.name.lastIndex(of: "/") {
                do {
                    try FileManager.default.createDirectory(
                        atPath: folder + "/" + file.name[..<slash], withIntermediateDirectories: true)
                } catch {
                    throw CommandError("cannot create the folder of \(file.name) in \(folder): \(FileProblem.reason(error))")
                }
            }
            try FileStore.writeAtomically(file.text, to: folder + "/" + file.name, mode: 0o644)
        }
        let workspace = try session.sandbox()
        let runner = CommandRunner(session: session)
        for (index, line) in lab.scenario.setup.enumerated() {
            if case .failure(let error, _) = runner.run(line: line.text) {
                throw CommandError(
                    "the setup of lab \(lab.id) stopped at its line \(index + 1), '\(line.text)': \(error.message)",
                    hint: "the lab file \(lab.file) needs fixing; 'content check' lists its problems")
            }
        }
        return workspace
    }
}
