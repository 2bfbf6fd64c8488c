/// A hands-on lab: a scenario in a fresh sandbox, tasks whose checks are expressions over the
/// sandbox's state, progressive hints, a reference solution and limits (`labs/<id>.yaml`).
public struct Lab: Sendable, Equatable {
    /// The lab's id, also its file name.
    public var id: String
    /// Its title.
    public var title: String
    /// The module it practises.
    public var module: String
    /// Estimated minutes to finish it.
    public var minutes: Int
    /// How hard it is.
    public var difficulty: LabDifficulty
    /// The sandbox the learner starts in.
    public var scenario: LabScenario
    /// The tasks, in order.
    public var tasks: [LabTask]
    /// Command lines that pass every check when run in order after the setup.
    public var solution: [LabCommand]
    /// Wrong paths the checks must catch (tested, never shown to the learner).
    public var mistakes: [LabMistake]
    /// What stops a runaway attempt.
    public var limits: LabLimits
    /// The file it was read from, relative to the content folder.
    public var file: String
    /// The file's text as read: the content digest of an attempt covers exactly this.
    public var source: String
    /// Where the `module` field is written, for problems about it.
    public var modulePlace: ScalarPlace

    /// Creates a lab.
    public init(
        id: String, title: String, module: String, minutes: Int, difficulty: LabDifficulty, scenario: LabScenario,
        tasks: [LabTask], solution: [LabCommand], mistakes: [LabMistake] = [], limits: LabLimits, file: String, source: String,
        modulePlace: ScalarPlace = ScalarPlace(line: 1, column: 1)
    ) {
        self.id = id
        self.title = title
        self.module = module
        self.minutes = minutes
        self.difficulty = difficulty
        self.scenario = scenario
        self.tasks = tasks
        self.solution = solution
        self.mistakes = mistakes
        self.limits = limits
        self.file = file
        self.source = source
        self.modulePlace = modulePlace
    }

    /// The most points the lab gives: every task's points.
    public var maximumPoints: Int {
        tasks.reduce(0) { $0 + $1.points }
    }
}

/// How hard a lab is.
public enum LabDifficulty: String, Sendable, Equatable, CaseIterable {
    /// For a learner who has just read the module.
    case beginner
    /// Needs the module and some practice with the commands.
    case intermediate
    /// Combines several modules and reads the reference docs.
    case advanced
}

/// The sandbox a lab starts in: which use case, the seed, the files written into the workspace
/// and the commands run before the learner takes over.
public struct LabScenario: Sendable, Equatable {
    /// The use case the lab is about: `fraud`, `recsys` or `demand`.
    public var useCase: String
    /// The sandbox's seed.
    public var seed: UInt64
    /// Command lines run through the command layer before the first task (recorded like any other).
    public var setup: [LabCommand]
    /// Files written into the workspace before the setup runs, sorted by name.
    public var files: [LabFile]

    /// Creates a scenario.
    public init(useCase: String, seed: UInt64, setup: [LabCommand] = [], files: [LabFile] = []) {
        self.useCase = useCase
        self.seed = seed
        self.setup = setup
        self.files = files
    }
}

/// A file a lab writes into its workspace: a pipeline, a rollout spec, a small CSV.
public struct LabFile: Sendable, Equatable {
    /// The path inside the workspace, such as `pipeline.yaml` or `batches/week-02.csv`.
    public var name: String
    /// Its text.
    public var text: String

    /// Creates a file.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// What stops a runaway lab: changing commands the learner may run, and virtual days since the
/// sandbox's start.
public struct LabLimits: Sendable, Equatable {
    /// The most changing commands the learner may run (the setup does not count).
    public var commands: Int
    /// The most virtual days the sandbox's clock may move from its start (the setup counts).
    public var days: Int

    /// Creates limits.
    public init(commands: Int, days: Int) {
        self.commands = commands
        self.days = days
    }
}

/// A command line written in a lab (setup or solution) and where.
public struct LabCommand: Sendable, Equatable {
    /// The command line, e.g. `pipeline run pipeline.yaml --param l2=0.1`.
    public var text: String
    /// Where it is written.
    public var place: ScalarPlace

    /// Creates a command line.
    public init(_ text: String, place: ScalarPlace = ScalarPlace(line: 1, column: 1)) {
        self.text = text
        self.place = place
    }
}
