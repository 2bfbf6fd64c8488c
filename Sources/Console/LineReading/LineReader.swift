/// What reading one line of input gave.
public enum LineEvent: Equatable, Sendable {
    /// A line, without its line ending, as raw bytes (checked later by `InputLine`).
    case line([UInt8])
    /// A line longer than the limit; only its length is kept.
    case overlong(length: Int)
    /// Ctrl-C while typing: the line is thrown away.
    case interrupted
    /// End of input (Ctrl-D, or the end of a pipe or file).
    case endOfInput
}

/// A source of command lines: the line editor, a pipe, a file, or a scripted list in tests.
public protocol LineReader: AnyObject {
    /// Reads the next line, showing `prompt` where the source is interactive.
    func readLine(prompt: String) -> LineEvent
    /// Offers `line` to the reader's own recall (Up arrow), where it has one.
    func remember(_ line: String)
}

/// Lines given up front, for tests.
public final class ScriptedLineReader: LineReader {
    private var events: [LineEvent]
    /// The prompts that were shown, in order.
    public private(set) var prompts: [String] = []
    /// The lines offered for recall.
    public private(set) var remembered: [String] = []

    /// A reader that yields `events`, then end of input.
    public init(_ events: [LineEvent]) {
        self.events = events
    }

    /// A reader that yields each string as a line.
    public convenience init(lines: [String]) {
        self.init(lines.map { .line(Array($0.utf8)) })
    }

    /// The next scripted event.
    public func readLine(prompt: String) -> LineEvent {
        prompts.append(prompt)
        return events.isEmpty ? .endOfInput : events.removeFirst()
    }

    /// Records `line`.
    public func remember(_ line: String) {
        remembered.append(line)
    }
}
