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
        // Choices are label–text fields, so long texts wrap under their own column.
        switch presentation.layout {
        case .singleChoice(let items), .multipleChoice(let items):
            blocks.append(.fields(items.map { ("  \($0.label))", $0.text) }))
        case .matching(let lefts, let rights):
            blocks.append(.fields(lefts.map { ("  \($0.label).", $0.text) }))
            blocks.append(.fields(rights.map { ("  \($0.label))", $0.text) }))
        case .ordering(let items):
            blocks.append(.fields(items.map { ("  \($0.label).", $0.text) }))
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
