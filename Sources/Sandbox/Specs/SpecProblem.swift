/// One thing wrong with a spec file: what, where (`file:line:column`) and what to do about it.
public struct SpecProblem: Sendable, Equatable, CustomStringConvertible {
    /// The file, as given to the loader.
    public var file: String
    /// Where in the file, when the problem has a place there (a `--param` override has none).
    public var location: SpecLocation?
    /// What is wrong.
    public var message: String
    /// What to do about it, when there is something to say.
    public var hint: String?

    /// Creates a problem.
    public init(file: String, location: SpecLocation?, message: String, hint: String? = nil) {
        self.file = file
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: message (hint)`, leaving out the place when there is none.
    public var description: String {
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
        return place + ": " + message + (hint.map { " (\($0))" } ?? "")
    }
}

/// Collects problems while a spec is read, so one pass reports all of them.
///
/// A class because every reader of one file appends to the same list.
final class SpecProblemLog {
    let file: String
    private(set) var problems: [SpecProblem] = []

    init(file: String) {
        self.file = file
    }

    func add(_ message: String, at location: SpecLocation?, hint: String? = nil) {
        problems.append(SpecProblem(file: file, location: location, message: message, hint: hint))
    }

    var isEmpty: Bool { problems.isEmpty }

    /// The problems in file order; problems without a place come first, and ties keep the order found.
    var sortedProblems: [SpecProblem] {
        problems.enumerated().sorted { a, b in
            let left = a.element.location ?? SpecLocation(line: 0, column: 0)
            let right = b.element.location ?? SpecLocation(line: 0, column: 0)
            return left != right ? left < right : a.offset < b.offset
        }.map(\.element)
    }
}
