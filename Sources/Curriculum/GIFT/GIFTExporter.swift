/// Writes questions as a Moodle GIFT file that `GIFTImporter` reads back to the same questions.
///
/// Each objective gets a `$CATEGORY: <module>/<objective>` line when it changes; each question
/// is `::id::[format]prompt{answers}`, with the answers in place of the missing-word marker if
/// the prompt has one; `lesson` and `difficulty` go into a `// mlops-lab:` comment directly
/// above the question. Ordering questions have no GIFT form and are skipped with a warning.
public enum GIFTExporter {
    /// The GIFT text of `questions`, and a warning for every question skipped or changed.
    public static func export(module: String, questions: [Question]) -> (text: String, warnings: [GIFTExportWarning]) {
        var text = ""
        var warnings: [GIFTExportWarning] = []
        var currentObjective: String?
        for question in questions {
            let answers: String
            do {
                answers = try answerBlock(question)
            } catch {
                warnings.append(error.warning)
                continue
            }
            if question.objective != currentObjective {
                text += "$CATEGORY: \(categoryComponent(module))/\(categoryComponent(question.objective))\n\n"
                currentObjective = question.objective
            }

            var lesson: String? = question.lesson
            if question.lesson.contains(where: \.isWhitespace) {
                warnings.append(.lessonNotWritten(question.id))
                lesson = nil
            }
            var defaultWeights = false
            if case let .multiple(choices) = question.kind, choices.contains(where: { $0.weight == nil }) {
                defaultWeights = true
            }
            let metadata = GIFTMetadata(lesson: lesson, difficulty: question.difficulty, defaultWeights: defaultWeights)
            if let comment = metadata.commentLine { text += comment + "\n" }

            text += "::\(escaped(question.id))::[\(question.promptFormat.rawValue)]"
            if let marker = question.prompt.firstRange(of: Question.missingWordMarker) {
                let before = question.prompt[..<marker.lowerBound]
                let after = question.prompt[marker.upperBound...]
                if TextComparison.trimmed(after).isEmpty { warnings.append(.blankAtEnd(question.id)) }
                text += escaped(before) + answers + escaped(after) + "\n\n"
            } else {
                text += escaped(question.prompt) + answers + "\n\n"
            }
        }
        return (text, warnings)
    }

    /// Text with GIFT's special characters escaped (Moodle's `repchar`): a backslash before
    /// `\ ~ = # { } :`, and `\n` for a line break, so that every text stays on its line.
    static func escaped<S: StringProtocol>(_ text: S) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\n", "\r\n", "\r":
                result += "\\n"
            case "\\":
                result += "\\\\"
            case _ where GIFTGlyph.escapable.contains(character):
                result += "\\" + String(character)
            default:
                result.append(character)
            }
        }
        return result
    }

    /// A category path component, with `/` doubled as GIFT paths write it.
    private static func categoryComponent(_ name: String) -> String {
        var result = ""
        for character in name {
            result += character == "/" ? "//" : String(character)
        }
        return result
    }

    /// Why a question was left out of the file.
    private struct Skipped: Error {
        let warning: GIFTExportWarning
        init(_ warning: GIFTExportWarning) { self.warning = warning }
    }

    private static func feedback(_ text: String) -> String {
        text.isEmpty ? "" : "#" + escaped(text)
    }

    private static func explanationLine(_ question: Question) -> String {
        question.explanation.isEmpty ? "" : "\t####" + escaped(question.explanation) + "\n"
    }

    /// A weight written only when it is needed: when it is not `default`, or when the text
    /// starts with `%` and would otherwise be read as a weight.
    private static func weightPrefix(_ weight: Double, unless omitted: Double, text: String) -> String {
        weight == omitted && !text.hasPrefix("%") ? "" : "%\(DecimalNumber.format(weight))%"
    }

    private static func answerBlock(_ question: Question) throws(Skipped) -> String {
        let id = question.id
        switch question.kind {
        case let .single(choices):
            guard choices.contains(where: { !$0.correct }) else { throw Skipped(.singleWithoutWrongChoice(id)) }
            var block = "{\n"
            for choice in choices {
                let marker = choice.correct ? "=" : "~" + weightPrefix(0, unless: 0, text: choice.text)
                block += "\t" + marker + escaped(choice.text) + feedback(choice.feedback) + "\n"
            }
            return block + explanationLine(question) + "}"

        case let .multiple(choices):
            let given = choices.compactMap(\.weight)
            let weights = given.count == choices.count
                ? given
                : Scoring.defaultWeights(of: choices).map {
                    // Written as Moodle writes fractions; `weights=default` restores them exactly.
                    DecimalNumber.parse(DecimalNumber.format($0, roundedTo: 5)) ?? $0
                }
            var block = "{\n"
            for (choice, weight) in zip(choices, weights) {
                block += "\t~" + weightPrefix(weight, unless: 0, text: choice.text)
                    + escaped(choice.text) + feedback(choice.feedback) + "\n"
            }
            return block + explanationLine(question) + "}"

        case let .trueFalse(answer, feedbackTrue, feedbackFalse):
            let wrong = answer ? feedbackFalse : feedbackTrue
            let right = answer ? feedbackTrue : feedbackFalse
            var block = "{" + (answer ? "TRUE" : "FALSE")
            if !wrong.isEmpty || !right.isEmpty { block += "#" + escaped(wrong) }
            if !right.isEmpty { block += "#" + escaped(right) }
            if !question.explanation.isEmpty { block += "####" + escaped(question.explanation) }
            return block + "}"

        case let .numeric(answers):
            let catchAll = answers.firstIndex { $0.accepted == .any }
            if let catchAll, catchAll != answers.count - 1 || answers[catchAll].credit != 0 {
                throw Skipped(.catchAllNotLast(id))
            }
            var block = "{#\n"
            for answer in answers {
                switch answer.accepted {
                case let .value(value, tolerance):
                    block += "\t=" + weightPrefix(answer.credit, unless: 100, text: "")
                        + "\(DecimalNumber.format(value)):\(DecimalNumber.format(tolerance))"
                case let .range(min, max):
                    block += "\t=" + weightPrefix(answer.credit, unless: 100, text: "")
                        + "\(DecimalNumber.format(min))..\(DecimalNumber.format(max))"
                case .any:
                    block += "\t~#" + escaped(answer.feedback) + "\n"
                    continue
                }
                block += feedback(answer.feedback) + "\n"
            }
            return block + explanationLine(question) + "}"

        case let .short(answers):
            if answers.contains(where: { $0.text.contains("->") || $0.feedback.contains("->") }) {
                throw Skipped(.arrowSkipped(id, "an answer"))
            }
            var block = "{\n"
            for answer in answers {
                block += "\t=" + weightPrefix(answer.credit, unless: 100, text: answer.text)
                    + escaped(answer.text) + feedback(answer.feedback) + "\n"
            }
            return block + explanationLine(question) + "}"

        case let .matching(pairs):
            if pairs.contains(where: { $0.left.contains("->") }) { throw Skipped(.arrowSkipped(id, "a left item")) }
            var block = "{\n"
            for pair in pairs {
                block += "\t=" + escaped(pair.left) + " -> " + escaped(pair.right) + "\n"
            }
            return block + explanationLine(question) + "}"

        case .ordering:
            throw Skipped(.orderingSkipped(id))
        }
    }
}
