/// A command line parsed against its command: the arguments and flags it was given.
public struct Invocation: Sendable {
    /// The command.
    public var spec: CommandSpec
    /// Positional arguments, in order.
    public var arguments: [Word]
    /// Values of value flags, in the order given, by flag name.
    public var values: [String: [Word]]
    /// Toggles that were given.
    public var toggles: Set<String>

    /// Creates an invocation.
    public init(spec: CommandSpec, arguments: [Word] = [], values: [String: [Word]] = [:], toggles: Set<String> = []) {
        self.spec = spec
        self.arguments = arguments
        self.values = values
        self.toggles = toggles
    }

    /// Whether `--json` was given.
    public var wantsJSON: Bool { toggles.contains("json") }

    /// The positional argument at `index`, if given.
    public func argument(_ index: Int) -> String? {
        index < arguments.count ? arguments[index].text : nil
    }

    /// Whether the toggle `--name` was given.
    public func has(_ name: String) -> Bool { toggles.contains(name) }

    /// The last value of `--name`, if given.
    public func value(_ name: String) -> String? { values[name]?.last?.text }

    /// Every value of a repeated `--name`.
    public func allValues(_ name: String) -> [String] { values[name]?.map(\.text) ?? [] }

    /// `--name` as a whole number within `range`, or `defaultValue` when absent.
    public func integer(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int) throws(CommandError) -> Int {
        guard let word = values[name]?.last else { return defaultValue }
        guard let number = Int(word.text), range.contains(number) else {
            throw CommandError.usage(
                "--\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(word.text)'",
                column: word.column)
        }
        return number
    }
}
