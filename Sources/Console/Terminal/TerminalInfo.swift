import CEditLine
import Foundation

/// What the terminal on the standard streams can do, and the learner's colour choice.
public struct TerminalInfo: Sendable, Equatable {
    /// Whether standard input is an interactive terminal (line editing, prompt).
    public var inputIsTerminal: Bool
    /// Whether standard output is a terminal.
    public var outputIsTerminal: Bool
    /// Whether to use colour and box drawing.
    public var fancy: Bool
    /// Line width in columns.
    public var width: Int

    /// Creates a description of a terminal.
    public init(inputIsTerminal: Bool, outputIsTerminal: Bool, fancy: Bool, width: Int) {
        self.inputIsTerminal = inputIsTerminal
        self.outputIsTerminal = outputIsTerminal
        self.fancy = fancy
        self.width = width
    }

    /// The standard streams of this process, under the colour setting (`auto`, `always`, `never`)
    /// and width setting (`auto` or a number).
    public static func current(
        colorSetting: String, widthSetting: String, noColorFlag: Bool, environment: [String: String]
    ) -> TerminalInfo {
        let dumb = environment["TERM"] == "dumb"
        let input = isatty(0) == 1 && !dumb
        let output = isatty(1) == 1
        let fancy = decideFancy(
            colorSetting: colorSetting, noColorFlag: noColorFlag, noColorVariable: environment["NO_COLOR"],
            outputIsTerminal: output, dumb: dumb)
        var width = Int(widthSetting) ?? 0
        if width == 0 {
            width = Int(mlops_terminal_columns(1))
            if width == 0, let columns = environment["COLUMNS"].flatMap(Int.init) { width = columns }
            if width == 0 { width = 80 }
        }
        return TerminalInfo(inputIsTerminal: input, outputIsTerminal: output, fancy: fancy, width: min(max(width, 40), 400))
    }

    /// The colour policy: never with `NO_COLOR` (any non-empty value), `--no-color` or `never`;
    /// always with `always`; otherwise only on a terminal that is not `dumb`.
    public static func decideFancy(
        colorSetting: String, noColorFlag: Bool, noColorVariable: String?, outputIsTerminal: Bool, dumb: Bool
    ) -> Bool {
        if noColorFlag || colorSetting == "never" { return false }
        if let value = noColorVariable, !value.isEmpty { return false }
        if colorSetting == "always" { return true }
        return outputIsTerminal && !dumb
    }
}
