import Foundation
import Modeling
import Values

/// A lab attempt as an instructor's grader replays it: the lab, the digest of the lab file, the
/// seed, the learner's changing commands with the bytes of every file they read, and per task the
/// hints shown, whether the solution was shown, and after how many commands it passed.
///
/// ```json
/// {"format": "mlops-lab-attempt", "version": 1, "lab": "first-pipeline", "digest": "…", "seed": "2026",
///  "program": "0.1.0", "commands": [{"command": "pipeline run pipeline.yaml", "files": {"pipeline.yaml": "<sha256>"}}],
///  "files": {"<sha256>": {"text": "…"}}, "tasks": [{"id": "run", "hints": 0, "forfeited": false, "checkedAfter": 1}]}
/// ```
struct LabAttempt: Equatable {
    static let format = "mlops-lab-attempt"
    static let version = 1
    /// The largest attempt file read.
    static let maximumBytes = 256 * 1024 * 1024
    /// The file's name beside the lab's transcript.
    static let fileName = "attempt.json"

    /// The lab, the digest of its file, the seed, and per task its hints, forfeit and checkpoint
    /// (the points are the grader's to work out).
    var record: LabProgress
    /// The program version that made it.
    var program: String
    /// The learner's changing commands after the setup, in order.
    var commands: [TranscriptEntry]
    /// The bytes of every file those commands read, by SHA-256.
    var files: [String: [UInt8]]

    /// The attempt kept in a lab's workspace: its transcript after the setup, and the kept files.
    static func of(_ run: LabRun) throws(CommandError) -> LabAttempt {
        let entries = Array(try SandboxWorkspace.transcript(in: run.folder).dropFirst(run.progress.setupCommands))
        var files: [String: [UInt8]] = [:]
        for hash in Set(entries.flatMap(\.files.values)) {
            guard let bytes = try FileStore.readBytes(run.folder + "/files/" + hash, maximumBytes: SandboxFiles.maximumBytes),
                sha256Hex(bytes) == hash
            else {
                throw CommandError("the workspace's copy of a file the lab read (\(hash.prefix(12))) is missing or changed",
                                   hint: "start the lab afresh with 'lab reset --yes'")
            }
            files[hash] = bytes
        }
        var record = run.progress
        record.setupCommands = 0
        return LabAttempt(record: record, program: ProgramVersion.current, commands: entries, files: files)
    }

    var value: Value {
        .object([
            "format": .string(Self.format), "version": .int(Self.version), "lab": .string(record.lab), "digest": .string(record.digest),
            "seed": .string(String(record.seed)), "program": .string(program),
            "commands": .list(commands.map(\.value)),
            "files": .object(files.keys.sorted().map { hash in
                let bytes = files[hash] ?? []
                if let text = String(validating: bytes, as: UTF8.self) { return Value.Field(hash, .object(["text": .string(text)])) }
                return Value.Field(hash, .object(["base64": .string(Data(bytes).base64EncodedString())]))
            }),
            "tasks": .list(record.tasks.map { task in
                .object([
                    "id": .string(task.id), "hints": .int(task.hints), "forfeited": .bool(task.forfeited),
                    "checkedAfter": task.checkedAfter.map(Value.int) ?? .null,
                ])
            }),
        ])
    }

    init(record: LabProgress, program: String, commands: [TranscriptEntry], files: [String: [UInt8]]) {
        self.record = record
        self.program = program
        self.commands = commands
        self.files = files
    }

    /// Reads an attempt document, saying what is wrong with one that is not.
    init(_ value: Value, file: String) throws(CommandError) {
        func bad(_ what: String) -> CommandError {
            CommandError("\(file) is not a lab attempt: \(what)", hint: "write one with 'lab export-attempt'")
        }
        guard value["format"] == .string(Self.format) else { throw bad("its format is not \(Self.format)") }
        guard value["version"] == .int(Self.version) else { throw bad("this program reads version \(Self.version) only") }
        guard let lab = value["lab"]?.stringValue, let digest = value["digest"]?.stringValue,
            let seed = value["seed"]?.stringValue.flatMap({ UInt64($0) }), let program = value["program"]?.stringValue
        else { throw bad("it needs lab, digest, seed and program") }
        guard let items = value["commands"]?.listValue, items.count <= SandboxWorkspace.maximumEntries else {
            throw bad("it needs a list of at most \(SandboxWorkspace.maximumEntries) commands")
        }
        var commands: [TranscriptEntry] = []
        for (index, item) in items.enumerated() {
            guard let entry = TranscriptEntry(item), entry.files.values.allSatisfy(Self.isHash) else {
                throw bad("command \(index + 1) is not a command entry")
            }
            commands.append(entry)
        }
        var files: [String: [UInt8]] = [:]
        for field in value["files"]?.fields ?? [] {
            let bytes: [UInt8]
            if let text = field.value["text"]?.stringValue {
                bytes = Array(text.utf8)
            } else if let encoded = field.value["base64"]?.stringValue, let data = Data(base64Encoded: encoded) {
                bytes = Array(data)
            } else {
                throw bad("file \(field.name.prefix(12)) has neither text nor base64")
            }
            guard sha256Hex(bytes) == field.name else { throw bad("the content of file \(field.name.prefix(12)) does not match its SHA-256") }
            files[field.name] = bytes
        }
        var tasks: [LabProgress.TaskRecord] = []
        for item in value["tasks"]?.listValue ?? [] {
            guard let id = item["id"]?.stringValue else { throw bad("a task has no id") }
            tasks.append(LabProgress.TaskRecord(
                id: id, hints: max(0, item["hints"]?.intValue ?? 0), forfeited: item["forfeited"]?.boolValue ?? false,
                checkedAfter: item["checkedAfter"]?.intValue))
        }
        let record = LabProgress(lab: lab, digest: digest, seed: seed, setupCommands: 0, tasks: tasks)
        self.init(record: record, program: program, commands: commands, files: files)
    }

    /// Whether `text` is a SHA-256 in lowercase hex, as files are named beside a transcript.
    private static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }

    /// Reads the attempt in `path`.
    static func read(_ path: String) throws(CommandError) -> LabAttempt {
        guard let text = try FileStore.read(path, maximumBytes: maximumBytes) else { throw CommandError("cannot read \(path): no such file") }
        let value: Value
        do {
            value = try JSONReader(maximumBytes: maximumBytes, maximumDepth: 8).parse(text)
        } catch {
            throw CommandError(error.message, at: SourceLocation(file: path, line: error.line, column: error.column))
        }
        return try LabAttempt(value, file: path)
    }

    /// Writes the attempt to `path`.
    func write(to path: String) throws(CommandError) {
        try FileStore.writeAtomically(JSONWriter().string(value) + "\n", to: path, mode: 0o644)
    }
}
