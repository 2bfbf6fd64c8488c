/// A plausible wrong path through a lab, written beside it so that a test can prove its checks
/// catch the mistake: after the setup, `commands` run in order, and then the first task whose
/// checks fail must be `task`, with `message` among the failures.
public struct LabMistake: Sendable, Equatable {
    /// What the learner does wrong, in a few words.
    public var title: String
    /// The command lines of the wrong path, run after the setup.
    public var commands: [LabCommand]
    /// The task that must fail.
    public var task: String
    /// The message of one of that task's checks, which must be among its failures.
    public var message: String

    /// Creates a mistake.
    public init(title: String, commands: [LabCommand], task: String, message: String) {
        self.title = title
        self.commands = commands
        self.task = task
        self.message = message
    }
}
