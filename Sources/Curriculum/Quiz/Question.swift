/// One quiz question, as a question bank (`quizzes/<module>.yaml`) or a GIFT file describes it.
///
/// Every field of the YAML form is here; `promptFormat` and the missing-word marker exist so
/// that a question imported from GIFT can be exported again without losing anything.
public struct Question: Sendable, Equatable, Hashable {
    /// The text that stands for the blank of a missing-word question ("Grant is _____ in
    /// Grant's tomb."): the answers are asked for at that place. It is Moodle's own marker.
    public static let missingWordMarker = "_____"

    /// Unique within the bank: lowercase ASCII letters, digits and dashes, starting with a letter.
    public var id: String
    /// The id of the module objective this question checks.
    public var objective: String
    /// The question text; may contain `Question.missingWordMarker` where a word is missing.
    public var prompt: String
    /// How `prompt` is written; bank questions are Markdown, GIFT imports keep their `[format]`.
    public var promptFormat: PromptFormat
    /// Why the right answer is right, shown after answering (GIFT's `####` general feedback).
    public var explanation: String
    /// The slug of the lesson section that teaches what the question asks.
    public var lesson: String
    /// How hard the question is, 1 to 3, when the author said.
    public var difficulty: Int?
    /// The type of the question with its answers.
    public var kind: Kind

    /// Creates a question; the prompt is Markdown unless said otherwise.
    public init(
        id: String,
        objective: String,
        prompt: String,
        promptFormat: PromptFormat = .markdown,
        explanation: String,
        lesson: String,
        difficulty: Int? = nil,
        kind: Kind
    ) {
        self.id = id
        self.objective = objective
        self.prompt = prompt
        self.promptFormat = promptFormat
        self.explanation = explanation
        self.lesson = lesson
        self.difficulty = difficulty
        self.kind = kind
    }

    /// A question type with the answers that type needs.
    public enum Kind: Sendable, Equatable, Hashable {
        /// Pick one choice; exactly one is correct (`type: single`).
        case single([Choice])
        /// Pick any number of choices, scored by weight (`type: multiple`).
        case multiple([Choice])
        /// A statement that is true or false, with feedback for each answer (`type: truefalse`).
        case trueFalse(answer: Bool, feedbackTrue: String, feedbackFalse: String)
        /// A number, accepted by value and tolerance or by range (`type: numeric`).
        case numeric([NumericAnswer])
        /// A few words, compared ignoring case and spacing (`type: short`).
        case short([ShortAnswer])
        /// Match every left item to its right item (`type: matching`).
        case matching([MatchPair])
        /// Put the items in order; they are listed here in the right order (`type: ordering`).
        case ordering([String])

        /// The `type:` value of this kind in a question bank.
        public var typeName: String {
            switch self {
            case .single: "single"
            case .multiple: "multiple"
            case .trueFalse: "truefalse"
            case .numeric: "numeric"
            case .short: "short"
            case .matching: "matching"
            case .ordering: "ordering"
            }
        }
    }
}

/// The markup a prompt is written in, named as GIFT's `[format]` prefix names it.
public enum PromptFormat: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Markdown, the format of every question bank.
    case markdown
    /// HTML.
    case html
    /// Plain text.
    case plain
    /// Moodle's auto-format, the GIFT default when a question names no format.
    case moodle
}
