import Yams

/// Reads a question bank (`quizzes/<module>.yaml`) into questions, every problem with its place.
public enum QuestionBankLoader {
    static let common = ["id", "objective", "type", "prompt", "explanation", "lesson", "difficulty"]
    static let perType: [String: [String]] = [
        "single": ["choices"], "multiple": ["choices"],
        "truefalse": ["answer", "feedback_true", "feedback_false"],
        "numeric": ["answers"], "short": ["answers"], "matching": ["pairs"], "ordering": ["items"],
    ]

    public static func load(text: String, file: String) -> (QuestionBank?, [ContentProblem]) {
        let log = ProblemLog(file: file)
        guard let node = YAMLDocument.parse(text, log: log),
            let top = YAMLFields(node, log: log, what: "a question bank")
        else { return (nil, log.problems) }
        top.rejectUnknown(["module", "questions"])
        let module = top.identifier("module")
        var questions: [Question] = []
        var lines: [String: QuestionBank.QuestionLines] = [:]
        let items = top.list("questions") ?? []
        if top.value("questions") != nil, items.isEmpty {
            let place = top.position("questions")
            log.add("the bank has no questions", line: place.line, column: place.column, hint: "add at least one question")
        }
        for (index, item) in items.enumerated() {
            guard let question = readQuestion(item, index: index, log: log) else { continue }
            if lines[question.id] != nil {
                log.add("question id '\(question.id)' is used twice", line: item.mark?.line, column: item.mark?.column,
                        hint: "give every question of a bank its own id")
                continue
            }
            questions.append(question)
            let fields = YAMLFields(item, log: ProblemLog(file: file), what: "")
            lines[question.id] = QuestionBank.QuestionLines(
                question: item.mark?.line, objective: fields?.position("objective") ?? (nil, nil),
                lesson: fields?.position("lesson") ?? (nil, nil))
        }
        guard log.isEmpty, let module else { return (nil, log.problems) }
        return (QuestionBank(module: module, questions: questions, file: file, lines: lines), [])
    }

    private static func readQuestion(_ node: Node, index: Int, log: ProblemLog) -> Question? {
        let label = (YAMLFields.lookup("id", in: node)?.scalar?.string).map { "question \($0)" } ?? "question \(index + 1)"
        guard let fields = YAMLFields(node, log: log, what: label) else { return nil }
        guard let type = fields.string("type") else { return nil }
        guard let extra = perType[type] else {
            let place = fields.position("type")
            log.add("unknown question type '\(type)'", line: place.line, column: place.column,
                    hint: "use one of: single, multiple, truefalse, numeric, short, matching, ordering")
            return nil
        }
        fields.rejectUnknown(common + extra)
        let id = fields.string("id")
        let objective = fields.identifier("objective")
        let prompt = fields.string("prompt")
        let explanation = fields.string("explanation")
        let lesson = fields.string("lesson")
        let difficulty = fields.integer("difficulty", in: 1...3, required: false)
        guard let kind = readKind(type, fields: fields, log: log) else { return nil }
        guard let id, let objective, let prompt, let explanation, let lesson else { return nil }
        let question = Question(
            id: id, objective: objective, prompt: prompt, explanation: explanation, lesson: lesson,
            difficulty: difficulty, kind: kind)
        let problems = question.validate()
        for problem in problems {
            let place = locate(problem.path, in: node)
            log.add(problem.message, line: place?.line, column: place?.column, hint: problem.hint)
        }
        return problems.isEmpty ? question : nil
    }

    private static func readKind(_ type: String, fields: YAMLFields, log: ProblemLog) -> Question.Kind? {
        switch type {
        case "single", "multiple":
            guard let items = fields.list("choices") else { return nil }
            let choices = items.enumerated().compactMap { index, item -> Choice? in
                guard let choice = YAMLFields(item, log: log, what: "choice \(index + 1) of \(fields.what)") else { return nil }
                choice.rejectUnknown(["text", "correct", "feedback", "weight"])
                guard let text = choice.string("text") else { return nil }
                return Choice(
                    text, correct: choice.bool("correct", required: false) ?? false,
                    weight: choice.number("weight", required: false),
                    feedback: choice.string("feedback", required: false) ?? "")
            }
            guard choices.count == items.count else { return nil }
            return type == "single" ? .single(choices) : .multiple(choices)
        case "truefalse":
            guard let answer = fields.bool("answer") else { return nil }
            return .trueFalse(
                answer: answer, feedbackTrue: fields.string("feedback_true", required: false) ?? "",
                feedbackFalse: fields.string("feedback_false", required: false) ?? "")
        case "numeric":
            guard let items = fields.list("answers") else { return nil }
            let answers = items.enumerated().compactMap { index, item -> NumericAnswer? in
                guard let answer = YAMLFields(item, log: log, what: "answer \(index + 1) of \(fields.what)") else { return nil }
                answer.rejectUnknown(["value", "tolerance", "min", "max", "credit", "feedback"])
                let credit = answer.number("credit", required: false) ?? 100
                let feedback = answer.string("feedback", required: false) ?? ""
                if answer.value("value") != nil {
                    guard let value = answer.number("value"), let tolerance = answer.number("tolerance") else { return nil }
                    return NumericAnswer(.value(value, tolerance: tolerance), credit: credit, feedback: feedback)
                }
                guard let low = answer.number("min"), let high = answer.number("max") else { return nil }
                return NumericAnswer(.range(min: low, max: high), credit: credit, feedback: feedback)
            }
            guard answers.count == items.count else { return nil }
            return .numeric(answers)
        case "short":
            guard let items = fields.list("answers") else { return nil }
            let answers = items.enumerated().compactMap { index, item -> ShortAnswer? in
                guard let answer = YAMLFields(item, log: log, what: "answer \(index + 1) of \(fields.what)") else { return nil }
                answer.rejectUnknown(["text", "credit", "feedback"])
                guard let text = answer.string("text") else { return nil }
                return ShortAnswer(
                    text, credit: answer.number("credit", required: false) ?? 100,
                    feedback: answer.string("feedback", required: false) ?? "")
            }
            guard answers.count == items.count else { return nil }
            return .short(answers)
        case "matching":
            guard let items = fields.list("pairs") else { return nil }
            let pairs = items.enumerated().compactMap { index, item -> MatchPair? in
                guard let pair = YAMLFields(item, log: log, what: "pair \(index + 1) of \(fields.what)") else { return nil }
                pair.rejectUnknown(["left", "right"])
                guard let left = pair.string("left"), let right = pair.string("right") else { return nil }
                return MatchPair(left, right)
            }
            guard pairs.count == items.count else { return nil }
            return .matching(pairs)
        default:
            guard let items = fields.list("items") else { return nil }
            let texts = items.compactMap { item -> String? in
                guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                    log.add("'items' of \(fields.what) must be a list of texts", line: item.mark?.line, column: item.mark?.column)
                    return nil
                }
                return scalar.string
            }
            guard texts.count == items.count else { return nil }
            return .ordering(texts)
        }
    }

    /// The deepest node along `path` that exists, for a problem's position.
    private static func locate(_ path: [QuestionProblem.PathComponent], in node: Node) -> Mark? {
        var current = node
        for component in path {
            let next: Node?
            switch component {
            case .key(let key): next = YAMLFields.lookup(key, in: current)
            case .index(let index):
                let items = current.sequence.map(Array.init) ?? []
                next = index < items.count ? items[index] : nil
            }
            guard let next else { break }
            current = next
        }
        return current.mark
    }
}
