import Yams

/// Writes questions as a question bank in the YAML form `QuestionBankLoader` reads.
public enum QuestionBankWriter {
    /// The YAML text of a bank for `module`.
    public static func yaml(module: String, questions: [Question]) throws -> String {
        let bank = Node.mapping(Node.Mapping([
            (text("module"), text(module)),
            (text("questions"), Node.sequence(Node.Sequence(questions.map(node(for:))))),
        ]))
        return try Yams.serialize(node: bank, width: 100, allowUnicode: true)
    }

    private static func text(_ string: String) -> Node {
        Node(string)
    }

    private static func number(_ value: Double) -> Node {
        let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        return Node(text, Tag(.float))
    }

    private static func node(for question: Question) -> Node {
        var pairs: [(Node, Node)] = [
            (text("id"), text(question.id)),
            (text("objective"), text(question.objective)),
            (text("type"), text(question.kind.typeName)),
            (text("prompt"), text(question.prompt)),
        ]
        switch question.kind {
        case .single(let choices), .multiple(let choices):
            pairs.append((text("choices"), .sequence(Node.Sequence(choices.map { choice in
                var fields: [(Node, Node)] = [(text("text"), text(choice.text))]
                if choice.correct { fields.append((text("correct"), Node("true", Tag(.bool)))) }
                if let weight = choice.weight { fields.append((text("weight"), number(weight))) }
                if !choice.feedback.isEmpty { fields.append((text("feedback"), text(choice.feedback))) }
                return .mapping(Node.Mapping(fields))
            }))))
        case .trueFalse(let answer, let feedbackTrue, let feedbackFalse):
            pairs.append((text("answer"), Node(answer ? "true" : "false", Tag(.bool))))
            if !feedbackTrue.isEmpty { pairs.append((text("feedback_true"), text(feedbackTrue))) }
            if !feedbackFalse.isEmpty { pairs.append((text("feedback_false"), text(feedbackFalse))) }
        case .numeric(let answers):
            pairs.append((text("answers"), .sequence(Node.Sequence(answers.compactMap { answer in
                var fields: [(Node, Node)]
                switch answer.accepted {
                case .value(let value, let tolerance): fields = [(text("value"), number(value)), (text("tolerance"), number(tolerance))]
                case .range(let low, let high): fields = [(text("min"), number(low)), (text("max"), number(high))]
                case .any: return nil
                }
                if answer.credit != 100 { fields.append((text("credit"), number(answer.credit))) }
                if !answer.feedback.isEmpty { fields.append((text("feedback"), text(answer.feedback))) }
                return .mapping(Node.Mapping(fields))
            }))))
        case .short(let answers):
            pairs.append((text("answers"), .sequence(Node.Sequence(answers.map { answer in
                var fields: [(Node, Node)] = [(text("text"), text(answer.text))]
                if answer.credit != 100 { fields.append((text("credit"), number(answer.credit))) }
                if !answer.feedback.isEmpty { fields.append((text("feedback"), text(answer.feedback))) }
                return .mapping(Node.Mapping(fields))
            }))))
        case .matching(let pairsList):
            pairs.append((text("pairs"), .sequence(Node.Sequence(pairsList.map {
                .mapping(Node.Mapping([(text("left"), text($0.left)), (text("right"), text($0.right))]))
            }))))
        case .ordering(let items):
            pairs.append((text("items"), .sequence(Node.Sequence(items.map(text)))))
        }
        pairs.append((text("explanation"), text(question.explanation)))
        pairs.append((text("lesson"), text(question.lesson)))
        if let difficulty = question.difficulty { pairs.append((text("difficulty"), Node(String(difficulty), Tag(.int)))) }
        return .mapping(Node.Mapping(pairs))
    }
}
