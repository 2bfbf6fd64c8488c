/// The commands of the command layer itself.
public enum Builtins {
    /// Every built-in command.
    public static let commands: [CommandSpec] = [
        HelpCommand.spec,
        SessionCommands.version,
        SessionCommands.status,
        SessionCommands.history,
        SessionCommands.exit,
        SessionCommands.quit,
        ConfigCommands.show,
        ConfigCommands.set,
        ConfigCommands.unset,
        ContentCommands.check,
        GIFTCommands.importGIFT,
        GIFTCommands.exportGIFT,
        ModuleCommands.list,
        ModuleCommands.show,
        ModuleCommands.lesson,
        QuizCommands.quizStart,
        QuizCommands.examStart,
        QuizCommands.answer,
        QuizCommands.skip,
        QuizCommands.examSubmit,
        QuizCommands.examResult,
        ReviewCommands.review,
        ReviewCommands.progress,
        ProgressResetCommand.spec,
        ReviewCommands.next,
        ProfileCommands.create,
        ProfileCommands.use,
        ProfileCommands.list,
        DriftCompareCommand.spec,
        ModelCommands.fit,
        ModelCommands.evaluate,
    ]

    /// A registry of every command the program has.
    public static func registry() -> CommandRegistry {
        CommandRegistry(commands)
    }
}
