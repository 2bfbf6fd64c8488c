extension Question {
    /// The fewest and most choices of each choice type, as docs/content-format.md sets them.
    static let singleChoiceCount = 2...8
    /// See `singleChoiceCount`.
    static let multipleChoiceCount = 3...8
    /// Matching needs three pairs, and rights are lettered a to z.
    static let matchingPairCount = 3...26
    /// Ordering needs three items.
    static let minimumOrderingItems = 3
    /// How far the positive weights of a multiple-answer question may stray from 100, in
    /// percent: GIFT writes 100/3 as 33.33333, and three of those make 99.99999.
    static let weightTolerance = 0.001

    /// Everything wrong with this question on its own (checks that need the module, such as
    /// whether the objective and the lesson exist, are the loader's); empty when it is valid.
    public func validate() -> [QuestionProblem] {
        var problems: [QuestionProblem] = []
        func report(_ path: [QuestionProblem.PathComponent], _ message: String, _ hint: String) {
            problems.append(QuestionProblem(path: path, message: message, hint: hint))
        }

        if !Identifier.isValid(id) {
            report([.key("id")], "'\(id)' is not a valid question id",
                   "use lowercase letters, digits and dashes, starting with a letter, at most 48 characters")
        }
        if TextComparison.trimmed(prompt).isEmpty {
            report([.key("prompt")], "the prompt is empty", "write the question in `prompt`")
        }
        if TextComparison.trimmed(explanation).isEmpty {
            report([.key("explanation")], "the explanation is empty",
                   "say in `explanation` why the right answer is right")
        }
        if TextComparison.trimmed(lesson).isEmpty {
            report([.key("lesson")], "the lesson is missing",
                   "give the slug of the section that teaches this in `lesson`")
        }
        if let difficulty, !(1...3).contains(difficulty) {
            report([.key("difficulty")], "difficulty must be 1, 2 or 3, got \(difficulty)",
                   "use 1 for easy, 2 for medium, 3 for hard, or leave it out")
        }

        switch kind {
        case let .single(choices):
            validateSingle(choices, report: report)
        case let .multiple(choices):
            validateMultiple(choices, report: report)
        case .trueFalse:
            break
        case let .numeric(answers):
            validateNumeric(answers, report: report)
        case let .short(answers):
            validateShort(answers, report: report)
        case let .matching(pairs):
            validateMatching(pairs, report: report)
        case let .ordering(items):
            validateOrdering(items, report: report)
        }
        return problems
    }

    private typealias Report = ([QuestionProblem.PathComponent], String, String) -> Void

    private func validateChoiceTexts(_ choices: [Choice], report: Report) {
        for (index, choice) in choices.enumerated() where TextComparison.trimmed(choice.text).isEmpty {
            report([.key("choices"), .index(index), .key("text")], "the choice text is empty",
                   "write what the learner reads in `text`")
        }
    }

    private func validateSingle(_ choices: [Choice], report: Report) {
        let range = Self.singleChoiceCount
        if !range.contains(choices.count) {
            report([.key("choices")],
                   "a single-answer question needs \(range.lowerBound) to \(range.upperBound) choices, found \(choices.count)",
                   "add or remove choices")
        }
        let correct = choices.filter(\.correct).count
        if correct != 1 {
            report([.key("choices")],
                   "a single-answer question needs exactly one correct choice, found \(correct)",
                   "mark exactly one choice with `correct: true`")
        }
        for (index, choice) in choices.enumerated() where choice.weight != nil {
            report([.key("choices"), .index(index), .key("weight")],
                   "weights apply only to multiple-answer questions",
                   "remove `weight`, or make the question `type: multiple`")
        }
        validateChoiceTexts(choices, report: report)
    }

    private func validateMultiple(_ choices: [Choice], report: Report) {
        let range = Self.multipleChoiceCount
        if !range.contains(choices.count) {
            report([.key("choices")],
                   "a multiple-answer question needs \(range.lowerBound) to \(range.upperBound) choices, found \(choices.count)",
                   "add or remove choices")
        }
        if !choices.contains(where: \.correct) {
            report([.key("choices")], "a multiple-answer question needs at least one correct choice",
                   "mark the right choices with `correct: true`")
        }
        validateChoiceTexts(choices, report: report)

        let weighted = choices.filter { $0.weight != nil }.count
        guard weighted > 0 else { return }
        if weighted < choices.count, let index = choices.firstIndex(where: { $0.weight == nil }) {
            report([.key("choices"), .index(index)],
                   "weights must be given on every choice or on none; choice \(index + 1) has none",
                   "add a `weight` to every choice, or remove them all to use the default weights")
            return
        }
        var positiveTotal = 0.0
        for (index, choice) in choices.enumerated() {
            guard let weight = choice.weight else { continue }
            let path: [QuestionProblem.PathComponent] = [.key("choices"), .index(index), .key("weight")]
            guard weight.isFinite, (-100...100).contains(weight) else {
                report(path, "a weight must be from -100 to 100, got \(DecimalNumber.format(weight))",
                       "weights are percentages of the full mark")
                continue
            }
            if weight > 0 { positiveTotal += weight }
            if weight > 0, !choice.correct {
                report([.key("choices"), .index(index), .key("correct")],
                       "a choice with a positive weight must be marked correct",
                       "add `correct: true`, or make the weight 0 or negative")
            } else if weight <= 0, choice.correct {
                report(path, "a correct choice needs a positive weight, got \(DecimalNumber.format(weight))",
                       "give the right choices weights that add up to 100")
            }
        }
        if abs(positiveTotal - 100) > Self.weightTolerance {
            report([.key("choices")],
                   "the positive weights add up to \(DecimalNumber.format(positiveTotal, roundedTo: 5)), not 100",
                   "the weights of the right choices must add up to 100, as in Moodle")
        }
    }

    private func validateCredit(_ credit: Double, path: [QuestionProblem.PathComponent], report: Report) {
        if !credit.isFinite || !(0...100).contains(credit) {
            report(path + [.key("credit")], "credit must be from 0 to 100, got \(DecimalNumber.format(credit))",
                   "credit is the percentage of the full mark this answer gives")
        }
    }

    private func validateNumeric(_ answers: [NumericAnswer], report: Report) {
        if answers.isEmpty {
            report([.key("answers")], "a numeric question needs at least one answer",
                   "add `answers` with `{value, tolerance}` or `{min, max}`")
        }
        for (index, answer) in answers.enumerated() {
            let path: [QuestionProblem.PathComponent] = [.key("answers"), .index(index)]
            switch answer.accepted {
            case let .value(value, tolerance):
                if !value.isFinite {
                    report(path + [.key("value")], "the value must be a finite number", "write a number like 3.14")
                }
                if !tolerance.isFinite || tolerance < 0 {
                    report(path + [.key("tolerance")],
                           "the tolerance must be 0 or more, got \(DecimalNumber.format(tolerance))",
                           "the tolerance is how far a response may be from the value")
                }
            case let .range(min, max):
                if !min.isFinite || !max.isFinite {
                    report(path, "min and max must be finite numbers", "write numbers like 1 and 5")
                } else if min > max {
                    report(path + [.key("min")],
                           "min \(DecimalNumber.format(min)) is greater than max \(DecimalNumber.format(max))",
                           "swap `min` and `max`")
                }
            case .any:
                break
            }
            validateCredit(answer.credit, path: path, report: report)
        }
        if !answers.isEmpty, !answers.contains(where: { $0.credit >= 100 - Self.weightTolerance }) {
            report([.key("answers")], "no answer gives full credit",
                   "give at least one answer `credit: 100`, the default")
        }
    }

    private func validateShort(_ answers: [ShortAnswer], report: Report) {
        if answers.isEmpty {
            report([.key("answers")], "a short-answer question needs at least one answer",
                   "add `answers` with a `text` each")
        }
        for (index, answer) in answers.enumerated() {
            let path: [QuestionProblem.PathComponent] = [.key("answers"), .index(index)]
            if TextComparison.trimmed(answer.text).isEmpty {
                report(path + [.key("text")], "the answer text is empty", "write the accepted answer in `text`")
            }
            validateCredit(answer.credit, path: path, report: report)
        }
        if !answers.isEmpty, !answers.contains(where: { $0.credit >= 100 - Self.weightTolerance }) {
            report([.key("answers")], "no answer gives full credit",
                   "give at least one answer `credit: 100`, the default")
        }
    }

    private func validateMatching(_ pairs: [MatchPair], report: Report) {
        let range = Self.matchingPairCount
        if !range.contains(pairs.count) {
            report([.key("pairs")],
                   "a matching question needs \(range.lowerBound) to \(range.upperBound) pairs, found \(pairs.count)",
                   "add or remove pairs")
        }
        var seen: Set<String> = []
        for (index, pair) in pairs.enumerated() {
            let path: [QuestionProblem.PathComponent] = [.key("pairs"), .index(index)]
            if TextComparison.trimmed(pair.left).isEmpty {
                report(path + [.key("left")], "the left item is empty", "write the item to match in `left`")
            } else if !seen.insert(pair.left).inserted {
                report(path + [.key("left")], "the left item '\(pair.left)' appears twice",
                       "every left item must be different")
            }
            if TextComparison.trimmed(pair.right).isEmpty {
                report(path + [.key("right")], "the right item is empty", "write what it matches in `right`")
            }
        }
    }

    private func validateOrdering(_ items: [String], report: Report) {
        if items.count < Self.minimumOrderingItems {
            report([.key("items")],
                   "an ordering question needs at least \(Self.minimumOrderingItems) items, found \(items.count)",
                   "add items")
        }
        var seen: Set<String> = []
        for (index, item) in items.enumerated() {
            if TextComparison.trimmed(item).isEmpty {
                report([.key("items"), .index(index)], "the item is empty", "write every item")
            } else if !seen.insert(item).inserted {
                report([.key("items"), .index(index)], "the item '\(item)' appears twice",
                       "every item must be different")
            }
        }
    }
}
