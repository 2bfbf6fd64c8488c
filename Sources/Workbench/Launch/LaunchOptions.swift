/// The program's own arguments: options that come before a command's words.
public struct LaunchOptions: Sendable, Equatable {
    /// `--home DIR`.
    public var home: String?
    /// `--content DIR`.
    public var content: String?
    /// `--script FILE`.
    public var script: String?
    /// `--keep-going`: run on after a command fails.
    public var keepGoing = false
    /// `--no-color`.
    public var noColor = false
    /// `--help`.
    public var showHelp = false
    /// `--version`.
    public var showVersion = false
    /// The words of a one-shot command, if any.
    public var command: [String] = []

    /// No options.
    public init() {}

    /// Usage of the program itself.
    public static let usage = """
        usage: mlops-lab [OPTIONS]                 start the REPL (or read commands from piped input)
               mlops-lab [OPTIONS] COMMAND …       run one command and exit
               mlops-lab [OPTIONS] --script FILE   run the commands in FILE

        options (before the command):
          --home DIR       where progress, history and settings live (else MLOPS_LAB_HOME, else $XDG_DATA_HOME/mlops-lab)
          --content DIR    where the course content is (else MLOPS_LAB_CONTENT, else the installed copy)
          --script FILE    run commands from FILE, one per line; '#' starts a comment
          --keep-going     in a script or piped input, run on after a command fails
          --no-color       plain output even on a terminal (so does NO_COLOR)
          --version        print the version
          --help           print this help and the list of commands
        """

    /// Reads the options; everything from the first word that is not an option is the command.
    public static func parse(_ arguments: [String]) throws(CommandError) -> LaunchOptions {
        var options = LaunchOptions()
        var index = 0
        func value(_ name: String) throws(CommandError) -> String {
            guard index + 1 < arguments.count, !arguments[index + 1].isEmpty else {
                throw CommandError.usage("\(name) needs a value", hint: "see 'mlops-lab --help'")
            }
            index += 1
            return arguments[index]
        }
        while index < arguments.count {
            var argument = arguments[index]
            var inline: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                inline = String(argument[argument.index(after: equals)...])
                argument = String(argument[..<equals])
            }
            func take(_ name: String) throws(CommandError) -> String {
                if let inline { return inline }
                return try value(name)
            }
            switch argument {
            case "--home": options.home = try take("--home")
            case "--content": options.content = try take("--content")
            case "--script": options.script = try take("--script")
            case "--keep-going": options.keepGoing = true
            case "--no-color": options.noColor = true
            case "--help", "-h": options.showHelp = true
            case "--version": options.showVersion = true
            case "--":
                options.command = Array(arguments[(index + 1)...])
                return options
            default:
                if argument.hasPrefix("-") {
                    let known = ["home", "content", "script", "keep-going", "no-color", "help", "version"]
                    let hint = Suggestions.phrase(for: String(argument.drop { $0 == "-" }), among: known, prefix: "--")
                    throw CommandError.usage(
                        "unknown option \(argument)", hint: hint ?? "see 'mlops-lab --help'")
                }
                options.command = Array(arguments[index...])
                return options
            }
            index += 1
        }
        return options
    }
}
