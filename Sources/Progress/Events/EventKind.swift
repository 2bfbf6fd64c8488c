/// What an event records; the higher layers define kinds, the store treats them as names.
///
/// The kinds mlops-lab writes, and what their `subject` names:
///
/// | kind | subject | recorded when |
/// | --- | --- | --- |
/// | `lesson.viewed` | module id | a lesson is opened |
/// | `lesson.completed` | module id | a lesson is read to the end |
/// | `question.answered` | question key, `module/qNN` | a quiz, review or exam answer is graded (payload: ``QuestionAnswer``) |
/// | `exam.started` | exam id | a mock exam begins |
/// | `exam.submitted` | exam id | a mock exam is handed in |
/// | `lab.started` | lab id | a lab workspace is created |
/// | `lab.checked` | lab id | the learner runs the lab's checks |
/// | `lab.hinted` | lab id | a hint is shown |
/// | `lab.passed` | lab id | every check passes |
/// | `lab.solution-shown` | lab id | the reference solution is shown |
/// | `progress.reset` | module or lab id, or empty for all | ``ProgressStore/reset(learner:scope:at:)`` |
public struct EventKind: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The kind's name: lowercase letters, digits, `.` and `-`, 1–64 characters.
    public let rawValue: String

    /// Wraps a kind name; ``ProgressStore/append(_:)`` rejects names outside the allowed alphabet.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps a kind name written as a literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// The kind's name.
    public var description: String { rawValue }

    /// A lesson was opened; subject: module id.
    public static let lessonViewed: EventKind = "lesson.viewed"
    /// A lesson was read to the end; subject: module id.
    public static let lessonCompleted: EventKind = "lesson.completed"
    /// An answer was graded; subject: question key; payload: ``QuestionAnswer``.
    public static let questionAnswered: EventKind = "question.answered"
    /// A mock exam began; subject: exam id.
    public static let examStarted: EventKind = "exam.started"
    /// A mock exam was handed in; subject: exam id.
    public static let examSubmitted: EventKind = "exam.submitted"
    /// A lab workspace was created; subject: lab id.
    public static let labStarted: EventKind = "lab.started"
    /// The lab's checks ran; subject: lab id.
    public static let labChecked: EventKind = "lab.checked"
    /// A lab hint was shown; subject: lab id.
    public static let labHinted: EventKind = "lab.hinted"
    /// Every check of a lab passed; subject: lab id.
    public static let labPassed: EventKind = "lab.passed"
    /// A lab's reference solution was shown; subject: lab id.
    public static let labSolutionShown: EventKind = "lab.solution-shown"
    /// Progress was reset; written only by the store (payload: ``ResetScope``).
    public static let progressReset: EventKind = "progress.reset"

    /// Whether the name is 1–64 characters of lowercase ASCII letters, digits, `.` and `-`.
    var isWellFormed: Bool {
        let utf8 = rawValue.utf8
        return !utf8.isEmpty && utf8.count <= 64 && utf8.allSatisfy { byte in
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x2D
        }
    }
}
