/// The scoring rules of every question type (docs/content-format.md, after Moodle's).
public enum Scoring {
    /// Scores `response` against `question`. A response of another type than the question, or
    /// one that names indexes the question does not have, earns nothing for those parts.
    ///
    /// - single, true/false: all or nothing.
    /// - multiple: the sum of the picked choices' weights, clamped to 0–100 % (see `weights`).
    /// - numeric: the best credit among the answers that accept the number (bounds inclusive).
    /// - short: the best credit among the answers equal to the response once both are
    ///   lowercased, trimmed and have inner whitespace collapsed.
    /// - matching: the share of lefts matched to their right; ordering: the share of items in
    ///   their right position.
    public static func score(_ question: Question, _ response: Response) -> QuestionScore {
        switch (question.kind, response) {
        case let (.single(choices), .single(index)):
            guard choices.indices.contains(index) else { return nothing }
            let choice = choices[index]
            return QuestionScore(fraction: choice.correct ? 1 : 0, feedback: nonEmpty([choice.feedback]))

        case let (.multiple(choices), .multiple(indexes)):
            let weights = weights(of: choices)
            let picked = Set(indexes).filter(choices.indices.contains).sorted()
            let total = picked.reduce(0.0) { $0 + weights[$1] }
            return QuestionScore(fraction: fraction(percent: total),
                                 feedback: nonEmpty(picked.map { choices[$0].feedback }))

        case let (.trueFalse(answer, feedbackTrue, feedbackFalse), .trueFalse(given)):
            return QuestionScore(fraction: given == answer ? 1 : 0,
                                 feedback: nonEmpty([given ? feedbackTrue : feedbackFalse]))

        case let (.numeric(answers), .numeric(number)):
            let best = bestAnswer(answers.filter { $0.accepts(number) }.map { ($0.credit, $0.feedback) })
            return QuestionScore(fraction: fraction(percent: best?.credit ?? 0), feedback: nonEmpty([best?.feedback ?? ""]))

        case let (.short(answers), .short(text)):
            let given = TextComparison.normalized(text)
            let matching = answers.filter { TextComparison.normalized($0.text) == given }
            let best = bestAnswer(matching.map { ($0.credit, $0.feedback) })
            return QuestionScore(fraction: fraction(percent: best?.credit ?? 0), feedback: nonEmpty([best?.feedback ?? ""]))

        case let (.matching(pairs), .matching(rights)):
            guard !pairs.isEmpty, rights.count == pairs.count else { return nothing }
            let right = pairs.indices.filter { left in
                pairs.indices.contains(rights[left]) && pairs[rights[left]].right == pairs[left].right
            }.count
            return QuestionScore(fraction: Double(right) / Double(pairs.count), feedback: [])

        case let (.ordering(items), .ordering(order)):
            guard !items.isEmpty, order.count == items.count else { return nothing }
            let inPlace = items.indices.filter { position in
                items.indices.contains(order[position]) && items[order[position]] == items[position]
            }.count
            return QuestionScore(fraction: Double(inPlace) / Double(items.count), feedback: [])

        default:
            return nothing
        }
    }

    /// The weight in percent of every choice of a multiple-answer question: the given weights
    /// when every choice has one; otherwise the defaults, where each of the k correct choices
    /// is worth 100/k % and each of the n − k wrong ones −100/(n − k) %.
    public static func weights(of choices: [Choice]) -> [Double] {
        let given = choices.compactMap(\.weight)
        if !choices.isEmpty, given.count == choices.count { return given }
        return defaultWeights(of: choices)
    }

    /// The default weights of `weights(of:)`, whatever weights the choices carry.
    public static func defaultWeights(of choices: [Choice]) -> [Double] {
        let correct = choices.filter(\.correct).count
        let wrong = choices.count - correct
        // Each division happens only for a kind of choice that exists, so never by zero.
        return choices.map { $0.correct ? 100 / Double(correct) : -100 / Double(wrong) }
    }

    private static let nothing = QuestionScore(fraction: 0, feedback: [])

    /// A percentage as a fraction clamped to 0…1; totals within the weight tolerance of 0 or
    /// 100 snap to it, so that three weights of 33.33333 make a full mark.
    private static func fraction(percent: Double) -> Double {
        guard percent.isFinite else { return 0 }
        if percent >= 100 - Question.weightTolerance { return 1 }
        if percent <= Question.weightTolerance { return 0 }
        return percent / 100
    }

    /// The answer with the highest credit; the first one of equals.
    private static func bestAnswer(_ candidates: [(credit: Double, feedback: String)]) -> (credit: Double, feedback: String)? {
        var best: (credit: Double, feedback: String)?
        for candidate in candidates where best.map({ candidate.credit > $0.credit }) ?? true {
            best = candidate
        }
        return best
    }

    private static func nonEmpty(_ lines: [String]) -> [String] {
        lines.filter { !TextComparison.trimmed($0).isEmpty }
    }
}
