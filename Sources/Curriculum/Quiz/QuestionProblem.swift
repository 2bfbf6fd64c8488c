/// Something wrong with a question, with the field it concerns so that a loader can point at
/// the right `file:line:column`.
public struct QuestionProblem: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Where in the question the problem is, in the keys of the YAML form, e.g.
    /// `choices[2].weight` is `[.key("choices"), .index(2), .key("weight")]`; empty for the
    /// question as a whole. Indexes count from 0.
    public var path: [PathComponent]
    /// What is wrong, e.g. "a single-answer question needs exactly one correct choice, found 2".
    public var message: String
    /// What to do about it.
    public var hint: String

    /// Creates a problem.
    public init(path: [PathComponent], message: String, hint: String) {
        self.path = path
        self.message = message
        self.hint = hint
    }

    /// One step of a `path`: a key of a mapping or an index into a list.
    public enum PathComponent: Sendable, Equatable, Hashable {
        /// A mapping key, as spelled in the YAML form (`choices`, `feedback_true`, …).
        case key(String)
        /// A position in a list, from 0.
        case index(Int)
    }

    /// The path as text, `choices[2].weight`; empty for the question as a whole.
    public var pathDescription: String {
        var text = ""
        for component in path {
            switch component {
            case let .key(key): text += text.isEmpty ? key : "." + key
            case let .index(index): text += "[\(index)]"
            }
        }
        return text
    }

    /// `path: message (hint)`, or `message (hint)` for the question as a whole.
    public var description: String {
        let location = pathDescription
        return (location.isEmpty ? "" : location + ": ") + message + " (" + hint + ")"
    }
}
