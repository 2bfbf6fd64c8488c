import Curriculum
import Foundation

/// The program's version.
public enum ProgramVersion {
    /// Semantic version of this build.
    public static let current = "0.1.0"
}

/// What the program was started with: flags and environment that decide where things are.
public struct LaunchContext: Sendable {
    /// `--home DIR`, if given.
    public var homeFlag: String?
    /// `--content DIR`, if given.
    public var contentFlag: String?
    /// The process environment.
    public var environment: [String: String]
    /// The running executable's path, to find installed content beside it.
    public var executablePath: String?

    /// Creates a launch context.
    public init(
        homeFlag: String? = nil, contentFlag: String? = nil, environment: [String: String] = [:],
        executablePath: String? = nil
    ) {
        self.homeFlag = homeFlag
        self.contentFlag = contentFlag
        self.environment = environment
        self.executablePath = executablePath
    }
}

/// One learner's session: where their files are, their settings and history, and the commands.
///
/// Every way of running a command — the REPL, a one-shot command, a script, piped input —
/// executes it against a session through `CommandRunner`.
public final class Session {
    /// The commands.
    public let registry: CommandRegistry
    /// The home folder, when it could be prepared.
    public private(set) var home: HomeFolder?
    /// Why the home folder cannot be used, when it cannot.
    public private(set) var homeProblem: CommandError?
    /// The content folder, when one was found.
    public let content: ContentFolder?
    /// The learner's settings.
    public var settings: Settings
    /// The REPL's history.
    public var history: CommandHistory
    /// Words the prompt shows after the program's name, e.g. `lab canary-basics · task 2`.
    public var promptContext: [String] = []
    /// Problems found while starting that the front end shows once.
    public private(set) var startupWarnings: [CommandError] = []
    /// The course, read from the content folder on first use.
    public private(set) lazy var course: Course = {
        guard let content else {
            return Course(problems: [ContentProblem(
                file: "content", message: "no content folder found",
                hint: "give one with --content DIR or set MLOPS_LAB_CONTENT")])
        }
        var loaded = CourseLoader.load(folder: content.path)
        LabContentChecks.apply(to: &loaded, registry: registry)
        return loaded
    }()
    /// The learner's progress store and profile, opened on first use.
    public var record: StudyRecord {
        get throws(CommandError) {
            if let openedRecord { return openedRecord }
            let home = try requireHome()
            let user = launch.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "learner"
            let opened = try StudyRecord.open(home: home, defaultName: user)
            openedRecord = opened
            return opened
        }
    }
    private var openedRecord: StudyRecord?

    /// The sandbox commands act on, once opened (the playground, or a lab's workspace).
    var openSandbox: SandboxWorkspace?
    /// The lab in progress, once known (see `currentLab()`).
    var activeLab: LabRun?
    /// Whether the home folder has been asked which lab was left active.
    var activeLabLoaded = false

    /// Where long commands report how far they are (fraction done, what is happening); the
    /// front end sets it when it can draw a progress bar, and calls it with nil to clear it.
    public var progress: ((Double, String)?) -> Void = { _ in }

    /// Switches the session to another profile's record.
    public func replaceRecord(_ record: StudyRecord) {
        openedRecord = record
    }

    /// What the program was started with.
    public let launch: LaunchContext
    /// The quiz or exam being taken, if any.
    public var attempt: StudyAttempt?
    /// The lesson section read last, for `lesson next`.
    public var lastSection: (module: String, index: Int)?
    /// The last mock exam's result, for `exam result`.
    public var lastExamResult: ExamResult?
    /// Wall-clock seconds since 1970; study timing only (the sandbox has its own virtual clock).
    public var now: @Sendable () -> Double = { Date().timeIntervalSince1970 }
    /// Sources of ids for completion, by kind (`module`, `lab`, `run`, …).
    private var idSources: [String: (Session) -> [String]] = [:]

    /// Starts a session: resolves and prepares the home folder and loads settings and history.
    ///
    /// Only a `--content` or `MLOPS_LAB_CONTENT` that names no content folder throws. An unusable
    /// home folder or a broken settings or history file becomes a warning and the session runs
    /// without it, so the learner can still get help and fix the problem.
    public init(registry: CommandRegistry, launch: LaunchContext) throws(CommandError) {
        self.registry = registry
        self.launch = launch
        self.content = try ContentFolder.locate(
            flag: launch.contentFlag, environment: launch.environment, executablePath: launch.executablePath)
        self.settings = Settings()
        self.history = CommandHistory()
        defer { registerCourseIDs() }
        do {
            let folder = try HomeFolder.resolve(flag: launch.homeFlag, environment: launch.environment)
            try folder.prepare()
            home = folder
        } catch {
            homeProblem = error
            startupWarnings.append(error)
        }
        guard let home else { return }
        do {
            settings = try Settings.load(from: home.file("config.json"))
        } catch {
            startupWarnings.append(error)
            settings = Settings(path: nil)
        }
        let size = Int(settings.value("history.size")) ?? 1000
        do {
            history = try CommandHistory.load(from: home.file("history"), limit: size)
        } catch {
            startupWarnings.append(error)
            history = CommandHistory(limit: size, path: nil)
        }
    }

    /// Registers the id sources the course provides.
    private func registerCourseIDs() {
        registerIDs("module") { $0.course.modules.map(\.id) }
        registerIDs("lab") { $0.course.labs.map(\.id) }
        registerIDs("dataset") { session in ((try? session.readSandbox())?.datasets.current ?? []).map(\.name) }
        registerIDs("run") { session in ((try? session.readSandbox())?.tracking.runs ?? []).map(\.name) }
        registerIDs("experiment") { session in ((try? session.readSandbox())?.tracking.experiments ?? []).map(\.name) }
        registerIDs("model") { session in ((try? session.readSandbox())?.registry.models ?? []).map(\.name) }
        registerIDs("request") { session in ((try? session.readSandbox())?.serving.log.suffix(20) ?? []).map(\.label) }
        registerIDs("alert") { session in ((try? session.readSandbox())?.monitoring.alerts.rules ?? []).map(\.name) }
        registerIDs("injection") { session in ((try? session.readSandbox())?.injections.ids ?? []) }
        registerIDs("profile") { session in ((try? session.record.store.learners()) ?? []).map(\.name) }
    }

    /// The home folder, or the error that explains why it cannot be used.
    public func requireHome() throws(CommandError) -> HomeFolder {
        if let home { return home }
        throw homeProblem ?? CommandError("no home folder")
    }

    /// Registers where completion finds the ids of a kind.
    public func registerIDs(_ kind: String, source: @escaping (Session) -> [String]) {
        idSources[kind] = source
    }

    /// The known ids of a kind, sorted.
    public func ids(_ kind: String) -> [String] {
        (idSources[kind]?(self) ?? []).sorted()
    }
}
