/// A problem in a content file: what is wrong, where (`file:line:column`) and how to fix it.
public struct ContentProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file, as given to the loader.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// What is wrong.
    public var message: String
    /// How to fix it.
    public var hint: String?

    /// Creates a problem.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line:column`, leaving out what is unknown.
    public var location: String {
        var text = file
        if let line { text += ":\(line)" }
        if let line = line, line > 0, let column { text += ":\(column)" }
        return text
    }

    /// `file:line:column: message (hint)`.
    public var description: String {
        location + ": " + message + (hint.map { " (\($0))" } ?? "")
    }
}

/// Collects problems while a file is read, so that one pass reports all of them.
final class ProblemLog {
    let file: String
    /// Lines to add to every position (a front matter block starts below the file's first line).
    let lineOffset: Int
    private(set) var problems: [ContentProblem] = []

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func add(_ message: String, line: Int?, column: Int?, hint: String? = nil) {
        problems.append(ContentProblem(
            file: file, line: line.map { $0 + lineOffset }, column: column, message: message, hint: hint))
    }

    var isEmpty: Bool { problems.isEmpty }
}
