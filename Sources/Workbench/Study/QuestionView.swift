import Curriculum

/// How a question, its feedback and a summary look in the terminal.
enum QuestionView {
    static func blocks(_ attempt: StudyAttempt, course: Course) -> [Block] {
        guard let drawn = attempt.current, let presentation = attempt.presentation else { return [] }
        let objective = course.module(drawn.module)?.objectives.first { $0.id == drawn.question.objective }?.text ?? ""
        var blocks: [Block] = [
            .heading("Question \(attempt.position + 1) of \(attempt.questions.count) · \(drawn.module)"),
            .markdown(drawn.question.prompt),
        ]
        switch presentation.layout {
        case .singleChoice(let items), .multipleChoice(let items):
            blocks.append(.code(items.map { "  \($0.label)) \($0.text)" }.joined(separator: "\n")))
        case .matching(let lefts, let rights):
            let width = lefts.map(\.text.count).max() ?? 0
            var lines = lefts.map { "  \($0.label). \($0.text)" + String(repeating: " ", count: max(0, width - $0.text.count)) }
            for (index, right) in rights.enumerated() {
                let line = "   \(right.label)) \(right.text)"
                if index < lines.count { lines[index] += line } else { lines.append(String(repeating: " ", count: width + 5) + line) }
            }
            blocks.append(.code(lines.joined(separator: "\n")))
        case .ordering(let items):
            blocks.append(.code(items.map { "  \($0.label). \($0.text)" }.joined(separator: "\n")))
        case .trueFalse, .numeric, .short:
            break
        }
        var hint = presentation.answerHint + " Type 'answer …', 'skip' or 'quit'."
        if attempt.kind != .exam, !objective.isEmpty { hint = "Objective: \(objective)\n" + hint }
        blocks.append(.notice(.info, hint))
        return blocks
    }

    static func feedback(_ score: QuestionScore, question: DrawnQuestion) -> [Block] {
        var blocks: [Block] = []
        if score.isCorrect {
            blocks.append(.notice(.success, "Right."))
        } else if score.fraction > 0 {
            blocks.append(.notice(.warning, "Partly right: \(percent(score.fraction)) of the marks."))
        } else {
            blocks.append(.notice(.warning, "Not right."))
        }
        blocks += score.feedback.filter { !$0.isEmpty }.map { Block.markdown($0) }
        blocks.append(.markdown("**Why:** " + question.question.explanation))
        blocks.append(.paragraph("Read more: lesson \(question.module) \(question.question.lesson)"))
        return blocks
    }

    static func percent(_ fraction: Double) -> String {
        "\(Int((fraction * 100).rounded())) %"
    }
}
