import Curriculum
import Values

/// How far the learner is in a lab, kept beside the sandbox as `lab.json`: per task the hints
/// shown, the failed checks, whether the solution was shown, and the points and the moment it passed.
struct LabProgress: Equatable {
    /// One task's record.
    struct TaskRecord: Equatable {
        /// The task's id.
        var id: String
        /// Hints shown (each costs a point).
        var hints = 0
        /// `lab check`s that did not pass.
        var failures = 0
        /// Whether the solution was shown before the task passed: it then scores nothing.
        var forfeited = false
        /// Points scored, once passed.
        var points: Int?
        /// How many of the learner's commands had run when it passed (where a replay checks it).
        var checkedAfter: Int?

        var passed: Bool { points != nil }
    }

    /// The file's name in the lab's workspace.
    static let fileName = "lab.json"

    /// The lab's id.
    var lab: String
    /// SHA-256 of the lab file the attempt started with.
    var digest: String
    /// The sandbox's seed.
    var seed: UInt64
    /// How many transcript entries the setup made (they are not the learner's).
    var setupCommands: Int
    /// One record per task, in the lab's order.
    var tasks: [TaskRecord]

    /// A record with everything given.
    init(lab: String, digest: String, seed: UInt64, setupCommands: Int, tasks: [TaskRecord]) {
        self.lab = lab
        self.digest = digest
        self.seed = seed
        self.setupCommands = setupCommands
        self.tasks = tasks
    }

    /// A fresh record for `lab`.
    init(lab: Lab, digest: String, setupCommands: Int) {
        self.init(lab: lab.id, digest: digest, seed: lab.scenario.seed, setupCommands: setupCommands, tasks: lab.tasks.map { TaskRecord(id: $0.id) })
    }

    /// The index of the first task not yet passed; `tasks.count` when every one has.
    var currentIndex: Int {
        tasks.firstIndex { !$0.passed } ?? tasks.count
    }

    /// Whether every task passed.
    var isFinished: Bool { currentIndex == tasks.count }

    /// Points scored so far.
    var points: Int { tasks.reduce(0) { $0 + ($1.points ?? 0) } }

    /// Hints shown so far.
    var hints: Int { tasks.reduce(0) { $0 + $1.hints } }

    /// The records lined up with `lab`'s tasks by id (a task the lab no longer has is dropped, a new one starts fresh).
    func aligned(with lab: Lab) -> LabProgress {
        var copy = self
        copy.tasks = lab.tasks.map { task in tasks.first { $0.id == task.id } ?? TaskRecord(id: task.id) }
        return copy
    }

    var value: Value {
        .object([
            "format": "mlops-lab-lab", "version": 1, "lab": .string(lab), "digest": .string(digest),
            "seed": .string(String(seed)), "setupCommands": .int(setupCommands),
            "tasks": .list(tasks.map { task in
                .object([
                    "id": .string(task.id), "hints": .int(task.hints), "failures": .int(task.failures), "forfeited": .bool(task.forfeited),
                    "points": task.points.map(Value.int) ?? .null, "checkedAfter": task.checkedAfter.map(Value.int) ?? .null,
                ])
            }),
        ])
    }

    init?(_ value: Value) {
        guard value["format"] == "mlops-lab-lab", value["version"] == 1, let lab = value["lab"]?.stringValue,
            let digest = value["digest"]?.stringValue, let seed = value["seed"]?.stringValue.flatMap({ UInt64($0) }),
            let setup = value["setupCommands"]?.intValue, let items = value["tasks"]?.listValue
        else { return nil }
        var tasks: [TaskRecord] = []
        for item in items {
            guard let id = item["id"]?.stringValue, let hints = item["hints"]?.intValue, let failures = item["failures"]?.intValue,
                let forfeited = item["forfeited"]?.boolValue
            else { return nil }
            tasks.append(TaskRecord(
                id: id, hints: hints, failures: failures, forfeited: forfeited, points: item["points"]?.intValue,
                checkedAfter: item["checkedAfter"]?.intValue))
        }
        self.init(lab: lab, digest: digest, seed: seed, setupCommands: setup, tasks: tasks)
    }

    /// The record in `folder`, or nil when there is none.
    static func load(folder: String) throws(CommandError) -> LabProgress? {
        let path = folder + "/" + fileName
        guard let text = try FileStore.read(path, maximumBytes: 1 << 20) else { return nil }
        guard let value = try? JSONReader(maximumBytes: 1 << 20, maximumDepth: 8).parse(text), let progress = LabProgress(value) else {
            throw CommandError("\(path) is not a lab record", hint: "start the lab afresh with 'lab reset --yes'")
        }
        return progress
    }

    /// Writes the record into `folder`.
    func save(folder: String) throws(CommandError) {
        try FileStore.writeAtomically(JSONWriter().string(value) + "\n", to: folder + "/" + Self.fileName)
    }
}
