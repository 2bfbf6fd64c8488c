/// Reads the text of one GIFT question (the non-comment lines between two blank lines, escapes
/// resolved) into its parts, following Moodle's `qformat_gift::readquestion`: name, format,
/// answer block, general feedback, then the question type from the answers.
struct GIFTQuestionReader {
    /// What one question's text turned out to be.
    enum Outcome: Equatable {
        /// A question mlops-lab can use.
        case question(ParsedQuestion)
        /// `{}`: an essay, which mlops-lab skips.
        case essay
        /// Text without an answer block: a description, which mlops-lab skips.
        case description
    }

    /// The parts of a question that the text itself gives.
    struct ParsedQuestion: Equatable {
        var name: String?
        var prompt: String
        var format: PromptFormat
        var explanation: String
        var kind: Question.Kind
    }

    /// Warnings about what was read but not kept, with where they were found.
    private(set) var warnings: [(GIFTGlyph, GIFTMessage)] = []

    mutating func read(_ glyphs: [GIFTGlyph]) throws(GIFTFailure) -> Outcome {
        var rest = glyphs[...].trimmed()

        var name: String?
        if rest.hasSyntaxPrefix("::"), let opening = rest.first {
            guard let close = rest.firstSyntax("::", from: rest.startIndex + 2) else {
                throw GIFTFailure(at: opening, GIFTMessages.unterminatedName)
            }
            let written = rest[(rest.startIndex + 2)..<close].trimmed().text
            name = written.isEmpty ? nil : written
            rest = rest[(close + 2)...].trimmed()
        }

        var format = PromptFormat.moodle
        if rest.first?.isSyntax("[") == true, let close = rest.firstSyntax("]"),
           let named = PromptFormat(rawValue: rest[(rest.startIndex + 1)..<close].text) {
            format = named
            rest = rest[(close + 1)...]
        }

        let opening = rest.firstSyntax("{")
        let closing = rest.firstSyntax("}")
        switch (opening, closing) {
        case (nil, nil):
            return .description
        case let (nil, close?):
            throw GIFTFailure(at: rest[close], GIFTMessages.unopenedAnswers)
        case let (open?, nil):
            throw GIFTFailure(at: rest[open], GIFTMessages.unterminatedAnswers)
        case let (open?, close?):
            if close < open { throw GIFTFailure(at: rest[close], GIFTMessages.unopenedAnswers) }
            if let nested = rest[(open + 1)..<close].firstSyntax("{") {
                throw GIFTFailure(at: rest[nested], GIFTMessages.nestedAnswers)
            }
            let after = rest[(close + 1)...]
            if let second = after.firstIndex(where: { $0.isSyntax("{") || $0.isSyntax("}") }) {
                throw GIFTFailure(at: rest[second], GIFTMessages.secondAnswerBlock)
            }
            let before = rest[rest.startIndex..<open]
            // As Moodle does: answers at the very end are not a blank; anywhere else they are.
            let prompt = after.trimmed().isEmpty
                ? before.trimmed().text
                : TextComparison.trimmed(before.text + Question.missingWordMarker + after.text)

            var answers = rest[(open + 1)..<close].trimmed()
            var explanation = ""
            if let separator = answers.lastSyntax("####") {
                explanation = answers[(separator + 4)...].trimmed().text
                answers = answers[answers.startIndex..<separator].trimmed()
            }
            guard answers.first != nil else { return .essay }
            let kind = try readKind(answers, opening: rest[open])
            return .question(ParsedQuestion(name: name, prompt: prompt, format: format,
                                            explanation: explanation, kind: kind))
        }
    }

    /// Tells the type from the answers in Moodle's order: `#` first is numeric; any `~` is a
    /// choice question; `=` with `->` is matching; T/TRUE/F/FALSE is true/false; `=` answers
    /// are short answers.
    private mutating func readKind(_ answers: GIFTSpan, opening: GIFTGlyph) throws(GIFTFailure) -> Question.Kind {
        guard let first = answers.first else { throw GIFTFailure(at: opening, GIFTMessages.emptyAnswer) }
        if first.isSyntax("#") {
            return try readNumeric(answers.dropFirst(), hash: first)
        }
        if answers.firstSyntax("~") != nil {
            return try readChoices(answers)
        }
        if answers.firstSyntax("=") != nil, answers.firstSyntax("->") != nil {
            return try readMatching(answers)
        }
        let beforeFeedback = answers.split(atFirst: "#")?.before ?? answers
        switch beforeFeedback.trimmed().text {
        case "T", "TRUE": return readTrueFalse(answers, answer: true)
        case "F", "FALSE": return readTrueFalse(answers, answer: false)
        default: break
        }
        guard first.isSyntax("=") else {
            throw GIFTFailure(at: first, GIFTMessages.unknownAnswers(beforeFeedback.trimmed().text))
        }
        return try readShort(answers)
    }

    /// The answers cut at their markers; text before the first marker is an error.
    private func answerPieces(_ answers: GIFTSpan, markers: Set<Character>) throws(GIFTFailure) -> [GIFTSpan] {
        let (leading, pieces) = answers.pieces(startingWith: markers)
        let stray = leading.trimmed()
        if let first = stray.first {
            throw GIFTFailure(at: first, GIFTMessages.textBeforeFirstAnswer(stray.text))
        }
        return pieces
    }

    /// A `%weight%` at the start of an answer, and the answer after it. A `%…%` that is plainly
    /// text (it has spaces, or is long) stays text, as in Moodle; a short one that is not a
    /// number from −100 to 100 is an error rather than a surprising answer text.
    private func readWeight(_ body: GIFTSpan) throws(GIFTFailure) -> (weight: Double?, rest: GIFTSpan) {
        guard let percent = body.first, percent.isSyntax("%"),
              let close = body.dropFirst().firstSyntax("%")
        else { return (nil, body) }
        let written = body[(body.startIndex + 1)..<close].text
        if let weight = DecimalNumber.parse(written) {
            guard (-100...100).contains(weight) else {
                throw GIFTFailure(at: percent, GIFTMessages.weightOutOfRange(written))
            }
            return (weight, body[(close + 1)...].trimmed())
        }
        if !written.isEmpty, written.count <= 8, !written.contains(where: \.isWhitespace) {
            throw GIFTFailure(at: percent, GIFTMessages.weightOutOfRange(written))
        }
        return (nil, body)
    }

    /// An answer's text and its `#feedback`, both trimmed.
    private func textAndFeedback(_ body: GIFTSpan) -> (text: String, feedback: String) {
        guard let (text, feedback) = body.split(atFirst: "#") else { return (body.trimmed().text, "") }
        return (text.trimmed().text, feedback.trimmed().text)
    }

    private mutating func readChoices(_ answers: GIFTSpan) throws(GIFTFailure) -> Question.Kind {
        let pieces = try answerPieces(answers, markers: ["=", "~"])
        let single = pieces.contains { $0.first?.isSyntax("=") == true }
        var choices: [Choice] = []
        for piece in pieces {
            guard let marker = piece.first else { continue }
            // After '=' Moodle reads no weight: `=%50%a` is the right answer "%50%a".
            var body = piece.dropFirst().trimmed()
            var weight: Double?
            if marker.isSyntax("~") {
                (weight, body) = try readWeight(body)
            }
            let (text, feedback) = textAndFeedback(body)
            if text.isEmpty { throw GIFTFailure(at: marker, GIFTMessages.emptyAnswer) }
            if single {
                var correct = marker.isSyntax("=")
                if let weight, weight == 100 {
                    correct = true
                } else if let weight, weight != 0, let percent = piece.dropFirst().trimmed().first {
                    warnings.append((percent, GIFTMessages.partialCreditOnSingle(DecimalNumber.format(weight))))
                }
                choices.append(Choice(text, correct: correct, feedback: feedback))
            } else {
                let given = weight ?? 0
                choices.append(Choice(text, correct: given > 0, weight: given, feedback: feedback))
            }
        }
        return single ? .single(choices) : .multiple(choices)
    }

    private func readTrueFalse(_ answers: GIFTSpan, answer: Bool) -> Question.Kind {
        // `{T#wrong#right}`: the first feedback is for a wrong answer, the second for a right
        // one; anything after a third `#` belongs to the right-answer feedback.
        var wrong = ""
        var right = ""
        if let (_, feedbacks) = answers.split(atFirst: "#") {
            if let (first, second) = feedbacks.split(atFirst: "#") {
                wrong = first.trimmed().text
                right = second.trimmed().text
            } else {
                wrong = feedbacks.trimmed().text
            }
        }
        return answer
            ? .trueFalse(answer: true, feedbackTrue: right, feedbackFalse: wrong)
            : .trueFalse(answer: false, feedbackTrue: wrong, feedbackFalse: right)
    }

    private func readShort(_ answers: GIFTSpan) throws(GIFTFailure) -> Question.Kind {
        var result: [ShortAnswer] = []
        for piece in try answerPieces(answers, markers: ["="]) {
            guard let marker = piece.first else { continue }
            let (weight, body) = try readWeight(piece.dropFirst().trimmed())
            let (text, feedback) = textAndFeedback(body)
            if text.isEmpty { throw GIFTFailure(at: marker, GIFTMessages.emptyAnswer) }
            result.append(ShortAnswer(text, credit: weight ?? 100, feedback: feedback))
        }
        return .short(result)
    }

    private func readMatching(_ answers: GIFTSpan) throws(GIFTFailure) -> Question.Kind {
        var pairs: [MatchPair] = []
        for (position, piece) in try answerPieces(answers, markers: ["="]).enumerated() {
            guard let marker = piece.first else { continue }
            let body = piece.dropFirst()
            guard let arrow = body.firstSyntax("->") else {
                throw GIFTFailure(at: marker, GIFTMessages.matchingWithoutArrow(position + 1))
            }
            let left = body[body.startIndex..<arrow].trimmed().text
            let right = body[(arrow + 2)...].trimmed().text
            if left.isEmpty { throw GIFTFailure(at: marker, GIFTMessages.matchingDistractor) }
            if right.isEmpty { throw GIFTFailure(at: marker, GIFTMessages.matchingWithoutRight(position + 1)) }
            pairs.append(MatchPair(left, right))
        }
        return .matching(pairs)
    }

    private func readNumeric(_ afterHash: GIFTSpan, hash: GIFTGlyph) throws(GIFTFailure) -> Question.Kind {
        var body = afterHash
        var catchAll: NumericAnswer?
        // `~#feedback` after the answers is Moodle's feedback for any other number.
        if let tilde = body.firstSyntax("~") {
            let feedback = body[(tilde + 1)...].split(atFirst: "#")?.after.trimmed().text ?? ""
            catchAll = NumericAnswer(.any, credit: 0, feedback: feedback)
            body = body[body.startIndex..<tilde]
        }
        body = body.trimmed()

        var written: [(marker: GIFTGlyph, span: GIFTSpan)] = []
        if body.firstSyntax("=") != nil {
            for piece in try answerPieces(body, markers: ["="]) {
                if let marker = piece.first { written.append((marker, piece.dropFirst().trimmed())) }
            }
        } else if !body.isEmpty {
            written.append((hash, body))
        }
        if written.isEmpty { throw GIFTFailure(at: hash, GIFTMessages.noNumericAnswer) }

        var answers: [NumericAnswer] = []
        for (marker, span) in written {
            let (weight, rest) = try readWeight(span)
            let (valueSpan, feedback): (GIFTSpan, String) = rest.split(atFirst: "#").map {
                ($0.before.trimmed(), $0.after.trimmed().text)
            } ?? (rest.trimmed(), "")
            answers.append(NumericAnswer(try readAccepted(valueSpan, marker: marker),
                                         credit: weight ?? 100, feedback: feedback))
        }
        if let catchAll { answers.append(catchAll) }
        return .numeric(answers)
    }

    /// `min..max`, `value:tolerance` or `value`.
    private func readAccepted(_ span: GIFTSpan, marker: GIFTGlyph) throws(GIFTFailure) -> NumericAnswer.Accepted {
        if let dots = span.firstSyntax(".."), dots > span.startIndex {
            return .range(min: try number(span[span.startIndex..<dots], marker: marker),
                          max: try number(span[(dots + 2)...], marker: marker))
        }
        if let colon = span.firstSyntax(":"), colon > span.startIndex {
            return .value(try number(span[span.startIndex..<colon], marker: marker),
                          tolerance: try number(span[(colon + 1)...], marker: marker))
        }
        return .value(try number(span, marker: marker), tolerance: 0)
    }

    private func number(_ span: GIFTSpan, marker: GIFTGlyph) throws(GIFTFailure) -> Double {
        let written = span.trimmed()
        guard let value = DecimalNumber.parse(written.text) else {
            throw GIFTFailure(at: written.first ?? marker, GIFTMessages.badNumber(written.text))
        }
        return value
    }
}
