/// The lines the learner typed at the prompt, kept across sessions.
///
/// Bounded to `limit` entries; a line equal to the one before it is not kept again. Each line
/// is appended to the file as it is entered, so a crash loses nothing; the file is rewritten
/// to the last `limit` entries when it has grown to twice that.
public struct CommandHistory: Sendable {
    /// The first line of the history file.
    static let header = "# mlops-lab history v1"

    /// Entries, oldest first.
    public private(set) var entries: [String] = []
    /// How many entries are kept.
    public var limit: Int
    /// The file the entries live in; nil keeps them in memory only.
    public var path: String?
    private var linesInFile = 0

    /// An empty history.
    public init(limit: Int = 1000, path: String? = nil) {
        self.limit = max(1, limit)
        self.path = path
    }

    /// Reads the history file at `path` (a missing file is an empty history).
    public static func load(from path: String, limit: Int) throws(CommandError) -> CommandHistory {
        var history = CommandHistory(limit: limit, path: path)
        guard let text = try FileStore.read(path, maximumBytes: 64 * 1024 * 1024) else { return history }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            history.linesInFile += 1
            if line.hasPrefix("#") { continue }
            history.remember(decode(String(line)))
        }
        return history
    }

    /// Adds a line typed at the prompt and appends it to the file.
    ///
    /// Returns false when the line was not kept (blank, or the same as the last one).
    @discardableResult
    public mutating func record(_ line: String) throws(CommandError) -> Bool {
        guard remember(line) else { return false }
        guard let path else { return true }
        if linesInFile == 0 {
            try FileStore.appendLine(CommandHistory.header, to: path)
            linesInFile = 1
        }
        try FileStore.appendLine(CommandHistory.encode(line), to: path)
        linesInFile += 1
        if linesInFile > 2 * limit + 1 { try compact() }
        return true
    }

    /// Rewrites the file to hold exactly the kept entries.
    public mutating func compact() throws(CommandError) {
        guard let path else { return }
        let text = ([CommandHistory.header] + entries.map(CommandHistory.encode)).joined(separator: "\n") + "\n"
        try FileStore.writeAtomically(text, to: path)
        linesInFile = entries.count + 1
    }

    @discardableResult
    private mutating func remember(_ line: String) -> Bool {
        guard !line.allSatisfy({ $0 == " " || $0 == "\t" }), entries.last != line else { return false }
        entries.append(line)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
        return true
    }

    /// One entry as a file line: backslashes and line breaks escaped.
    static func encode(_ line: String) -> String {
        var out = ""
        for character in line {
            switch character {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    static func decode(_ line: String) -> String {
        var out = ""
        var escaping = false
        for character in line {
            if escaping {
                out.append(character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
