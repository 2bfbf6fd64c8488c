import Foundation
import Sandbox
import Values

/// A sandbox on disk: its seed and the transcript of the commands that changed it, with copies
/// of the files those commands read. The world in memory is rebuilt by replaying the transcript.
///
/// `sandbox.json` holds `{"format": "mlops-lab-sandbox", "version": 1, "seed": N, "program": V}`,
/// `transcript.jsonl` one `TranscriptEntry` per line, `files/<sha256>` the bytes read.
public final class SandboxWorkspace {
    /// The seed a new playground starts from.
    public static let defaultSeed: UInt64 = 2026
    /// The most commands one transcript may hold.
    public static let maximumEntries = 5_000

    /// The workspace folder.
    public let folder: String
    /// The program version that created it.
    public let program: String
    /// The world the transcript builds.
    public internal(set) var world: World
    /// The commands that built it.
    public private(set) var entries: [String] = []
    /// Set while the transcript is being replayed: changes stay in memory.
    var replaying: TranscriptEntry?

    private init(folder: String, world: World, program: String) {
        self.folder = folder
        self.world = world
        self.program = program
    }

    var filesFolder: String { folder + "/files" }
    private var transcriptPath: String { Self.transcriptPath(in: folder) }
    private static func transcriptPath(in folder: String) -> String { folder + "/transcript.jsonl" }

    /// Opens the sandbox in `folder`, creating it with `seed` when it does not exist, and replays
    /// its transcript through `runner`.
    static func open(folder: String, seed: UInt64, runner: (SandboxWorkspace) -> CommandRunner) throws(CommandError) -> SandboxWorkspace {
        let header: (seed: UInt64, program: String)
        if let existing = try readHeader(folder: folder) { header = existing } else { header = try create(folder: folder, seed: seed) }
        let workspace = SandboxWorkspace(folder: folder, world: World(seed: header.seed), program: header.program)
        let entries = try transcript(in: folder)
        let commandRunner = runner(workspace)
        for (index, entry) in entries.enumerated() {
            try workspace.replay(entry, runner: commandRunner, place: "\(workspace.transcriptPath):\(index + 1)")
        }
        return workspace
    }

    /// The transcript of the sandbox in `folder`, entry by entry (none when it has no transcript).
    static func transcript(in folder: String) throws(CommandError) -> [TranscriptEntry] {
        let transcriptPath = transcriptPath(in: folder)
        let lines = try FileStore.read(transcriptPath, maximumBytes: 64 * 1024 * 1024) ?? ""
        var entries: [TranscriptEntry] = []
        for (index, line) in lines.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            guard let value = try? JSONReader(maximumBytes: 1 << 20, maximumDepth: 8).parse(String(line)), let entry = TranscriptEntry(value) else {
                throw CommandError("\(transcriptPath):\(index + 1): not a transcript entry", hint: "start afresh with 'sandbox reset'")
            }
            entries.append(entry)
        }
        return entries
    }

    /// Runs a recorded entry again through `runner`: its files come from the kept copies, and the
    /// change is adopted without being written again. `place` names the entry in an error.
    func replay(_ entry: TranscriptEntry, runner: CommandRunner, place: String) throws(CommandError) {
        replaying = entry
        let outcome = runner.run(line: entry.command)
        replaying = nil
        if case .failure(let error, _) = outcome {
            throw CommandError(
                "\(place): '\(entry.command)' no longer replays: \(error.message)",
                hint: program == ProgramVersion.current
                    ? "start afresh with 'sandbox reset'"
                    : "the sandbox was made by mlops-lab \(program); start afresh with 'sandbox reset'")
        }
    }

    /// Keeps a change: copies the files it read, appends its command, then adopts the new world.
    /// During replay only the world is adopted.
    func commit(_ world: World, command: String, files: SandboxFiles) throws(CommandError) {
        if replaying == nil {
            guard entries.count < Self.maximumEntries else {
                throw CommandError("the sandbox has run \(Self.maximumEntries) changing commands, the most it keeps", hint: "start afresh with 'sandbox reset'")
            }
            var hashes: [String: String] = [:]
            for (path, file) in files.read {
                hashes[path] = file.hash
                let kept = filesFolder + "/" + file.hash
                if access(kept, F_OK) != 0 {
                    try FileStore.writeAtomically(bytes: file.bytes, to: kept)
                }
            }
            let entry = TranscriptEntry(command: command, files: hashes)
            try FileStore.appendLine(JSONWriter(indent: 0).string(entry.value), to: transcriptPath)
        }
        entries.append(command)
        self.world = world
    }

    /// The files a command reads: kept copies while replaying, else from disk.
    func files(confinedTo: String? = nil) -> SandboxFiles {
        if let replaying { return .kept(replaying.files, in: filesFolder) }
        return .live(confinedTo: confinedTo)
    }

    /// Removes the sandbox in `folder` and creates it afresh with `seed`.
    static func reset(folder: String, seed: UInt64) throws(CommandError) {
        do {
            if FileManager.default.fileExists(atPath: folder) { try FileManager.default.removeItem(atPath: folder) }
        } catch {
            throw CommandError("cannot remove \(folder): \(FileProblem.reason(error))")
        }
        _ = try create(folder: folder, seed: seed)
    }

    private static func create(folder: String, seed: UInt64) throws(CommandError) -> (seed: UInt64, program: String) {
        do {
            try FileManager.default.createDirectory(
                atPath: folder + "/files", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw CommandError("cannot create the sandbox folder \(folder): \(FileProblem.reason(error))")
        }
        let header = Value.object([
            "format": "mlops-lab-sandbox", "version": 1, "seed": .string(String(seed)), "program": .string(ProgramVersion.current),
        ])
        try FileStore.writeAtomically(JSONWriter().string(header) + "\n", to: folder + "/sandbox.json")
        return (seed, ProgramVersion.current)
    }

    private static func readHeader(folder: String) throws(CommandError) -> (seed: UInt64, program: String)? {
        let path = folder + "/sandbox.json"
        guard let text = try FileStore.read(path, maximumBytes: 64 * 1024) else { return nil }
        guard let value = try? JSONReader(maximumBytes: 64 * 1024, maximumDepth: 4).parse(text),
            value["format"] == "mlops-lab-sandbox", value["version"] == 1,
            let seed = value["seed"]?.stringValue.flatMap({ UInt64($0) })
        else {
            throw CommandError("\(path) is not a sandbox description", hint: "start afresh with 'sandbox reset'")
        }
        return (seed, value["program"]?.stringValue ?? "unknown")
    }
}
