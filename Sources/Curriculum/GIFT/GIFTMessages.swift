/// A message and its hint, before it is given a place in a file.
struct GIFTMessage: Sendable, Equatable {
    let message: String
    let hint: String
}

/// A syntax error at a glyph; the question it is in is left out of the import.
struct GIFTFailure: Error, Sendable, Equatable {
    let line: Int
    let column: Int
    let message: GIFTMessage

    init(at glyph: GIFTGlyph, _ message: GIFTMessage) {
        line = glyph.line
        column = glyph.column
        self.message = message
    }
}

// Every sentence the GIFT importer can say, in one place, so that tests can pin them.
enum GIFTMessages {
    static let escapeBraces = "write a literal brace as \\{ or \\}"

    static let unterminatedAnswers = GIFTMessage(
        message: "unterminated answer block: '{' has no matching '}'",
        hint: "close the answers with '}' before the blank line that ends the question; \(escapeBraces)")
    static let unopenedAnswers = GIFTMessage(
        message: "'}' without an opening '{'", hint: escapeBraces)
    static let nestedAnswers = GIFTMessage(
        message: "'{' inside an answer block", hint: "close the answers with '}' first; \(escapeBraces)")
    static let secondAnswerBlock = GIFTMessage(
        message: "a second answer block; a question has only one",
        hint: "put every answer in one {…}; \(escapeBraces)")
    static let unterminatedName = GIFTMessage(
        message: "unterminated question name: '::' has no closing '::'",
        hint: "write the name as ::name::, and a literal colon as \\:")

    static func weightOutOfRange(_ text: String) -> GIFTMessage {
        GIFTMessage(message: "answer weight must be a number from -100 to 100, got '\(text)'",
                    hint: "weights are percentages, like ~%50%half right or ~%-25%wrong")
    }

    static func badNumber(_ text: String) -> GIFTMessage {
        GIFTMessage(message: "expected a number, got '\(text)'",
                    hint: "write numbers like 3.14, -2 or 2.5e-3; a tolerance as 3.14:0.01 and a range as 1..5")
    }

    static let noNumericAnswer = GIFTMessage(
        message: "a numeric answer block has no number",
        hint: "write {#3.14:0.01}, {#1..5} or {# =2:0 =%50%2:1}")

    static func textBeforeFirstAnswer(_ text: String) -> GIFTMessage {
        GIFTMessage(message: "unexpected text '\(text)' before the first answer",
                    hint: "start every answer with '=' (right) or '~' (wrong); write a literal '=' or '~' as \\= or \\~")
    }

    static let emptyAnswer = GIFTMessage(
        message: "empty answer",
        hint: "write the answer after its '=' or '~'; write a literal '=' or '~' as \\= or \\~")

    static func matchingWithoutArrow(_ number: Int) -> GIFTMessage {
        GIFTMessage(message: "answer \(number) of a matching question has no '->'",
                    hint: "write every answer of a matching question as =left -> right")
    }

    static let matchingDistractor = GIFTMessage(
        message: "a matching answer with an empty left side (a distractor) is not supported",
        hint: "give every answer a left item: =left -> right")

    static func matchingWithoutRight(_ number: Int) -> GIFTMessage {
        GIFTMessage(message: "answer \(number) of a matching question has nothing after '->'",
                    hint: "write every answer of a matching question as =left -> right")
    }

    static func unknownAnswers(_ text: String) -> GIFTMessage {
        let upper = text.uppercased()
        let looksLikeTrueFalse = ["T", "TRUE", "F", "FALSE"].contains(upper)
        return GIFTMessage(
            message: "cannot tell the question type from the answers '\(text)'",
            hint: looksLikeTrueFalse
                ? "true/false answers are written in capitals: {T}, {TRUE}, {F} or {FALSE}"
                : "start answers with '=' or '~', write T, TRUE, F or FALSE, or '#' and a number")
    }

    static let emptyCategory = GIFTMessage(
        message: "$CATEGORY has no path", hint: "write $CATEGORY: module/objective")

    static func fileTooLarge(_ bytes: Int) -> GIFTMessage {
        GIFTMessage(message: "the file is \(bytes) bytes; GIFT import reads at most \(GIFTImporter.maximumBytes) bytes (5 MB)",
                    hint: "split the file into smaller ones")
    }

    static let tooManyQuestions = GIFTMessage(
        message: "more than \(GIFTImporter.maximumQuestions) questions; the rest of the file is not read",
        hint: "split the file into smaller ones")

    // Warnings.

    static let skippedEssay = GIFTMessage(
        message: "skipped an essay question ({}): mlops-lab cannot grade essays",
        hint: "give the question answers, or remove it")
    static let skippedDescription = GIFTMessage(
        message: "skipped a description (text without an answer block)",
        hint: "mlops-lab has no description items; add answers in {…} or remove it")
    static let categoryNotAlone = GIFTMessage(
        message: "expected a blank line after the $CATEGORY line",
        hint: "Moodle reads the lines that follow as part of the category name; add a blank line")

    static func partialCreditOnSingle(_ weight: String) -> GIFTMessage {
        GIFTMessage(message: "partial credit %\(weight)% on a single-answer question is not supported; the choice counts as wrong",
                    hint: "for partial credit, write the question without '=' and weight every choice")
    }

    static func duplicateID(_ id: String, renamed: String) -> GIFTMessage {
        GIFTMessage(message: "question id '\(id)' is already used; this question becomes '\(renamed)'",
                    hint: "give every question its own ::name::")
    }

    static let metadataWithoutQuestion = GIFTMessage(
        message: "an mlops-lab comment with no question under it",
        hint: "put the comment directly above its question, with no blank line between")

    static func unknownMetadata(_ token: String) -> GIFTMessage {
        GIFTMessage(message: "unknown mlops-lab setting '\(token)'",
                    hint: "the mlops-lab comment knows lesson=<slug>, difficulty=<n> and weights=default")
    }

    static func badDifficulty(_ text: String) -> GIFTMessage {
        GIFTMessage(message: "difficulty must be a whole number, got '\(text)'",
                    hint: "write difficulty=1, 2 or 3")
    }

    static let weightsNotDefault = GIFTMessage(
        message: "weights=default ignored: the choices' weights are not the default ones",
        hint: "remove weights=default, or restore the default weights")

    static let weightsDefaultNotMultiple = GIFTMessage(
        message: "weights=default ignored: the question is not a multiple-answer question",
        hint: "remove weights=default")

    static func invalidQuestion(_ id: String, _ problem: QuestionProblem) -> GIFTMessage {
        let field = problem.pathDescription
        return GIFTMessage(message: "question '\(id)'\(field.isEmpty ? "" : " (\(field))"): \(problem.message)",
                           hint: problem.hint)
    }
}
