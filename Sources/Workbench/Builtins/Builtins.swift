/// The commands of the command layer itself.
public enum Builtins {
    /// Every built-in command.
    public static let commands: [CommandSpec] = [
        HelpCommand.spec,
        SessionCommands.version,
        SessionCommands.status,
        SessionCommands.history,
        SessionCommands.leave("exit"),
        SessionCommands.leave("quit"),
        ConfigCommands.show,
        ConfigCommands.set,
        ConfigCommands.unset,
        ContentCommands.check,
    ]

    /// A registry of every command the program has.
    public static func registry() -> CommandRegistry {
        CommandRegistry(commands)
    }
}
