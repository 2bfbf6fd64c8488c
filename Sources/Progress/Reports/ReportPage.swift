/// A learner's report as one self-contained HTML page: progress per module, quiz and exam history,
/// lab results and a chart of mastery over time.
public enum ReportPage {
    /// The page of `report`.
    public static func html(_ report: ProgressReport) -> String {
        let summary = report.summary
        var body = "<h1>Progress report — \(SafeText.html(report.learner.name))</h1>\n"
        var meta = [report.learner.email.map { SafeText.html($0) }].compactMap { $0 }
        meta.append("exported \(SafeText.html(report.exportedAt)) by mlops-lab \(SafeText.html(report.program))")
        meta.append("content <code>\(SafeText.html(String(report.contentDigest.prefix(12))))</code>")
        if let signature = report.signature { meta.append("signed by <code>\(SafeText.html(signature.fingerprint))</code>") }
        meta.append("\(report.events.count) events")
        body += "<p class=\"meta\">" + meta.joined(separator: " · ") + "</p>\n"

        body += "<h2>Modules</h2>\n" + HTMLPage.table(
            ["module", "lesson", "questions answered", "score", ""],
            summary.modules.map { module in
                [SafeText.html(module.title), HTMLPage.mark(module.lessonCompleted), "\(module.answered) of \(module.questions)",
                 HTMLPage.bar(module.score), Gradebook.percent(module.score) + "%"]
            }, numeric: [2, 4])

        body += "<h2>Mock exams</h2>\n"
        body += summary.exams.isEmpty ? "<p>No mock exam handed in yet.</p>\n" : HTMLPage.table(
            ["handed in", "score", "result"],
            summary.exams.map { exam in
                [SafeText.html(UTCTime.iso8601(milliseconds: exam.at)), Gradebook.percent(exam.score) + "%",
                 (exam.passed ? "<span class=\"ok\">passed</span>" : "<span class=\"no\">not passed</span>") + (exam.timedOut ? " (time ran out)" : "")]
            }, numeric: [1])

        let quizzes = answerHistory(report.events)
        body += "<h2>Quiz history</h2>\n"
        body += quizzes.isEmpty ? "<p>No question answered yet.</p>\n" : HTMLPage.table(
            ["day", "answers", "correct"], quizzes.map { [$0.day, String($0.answers), String($0.correct)] }, numeric: [1, 2])

        body += "<h2>Labs</h2>\n" + HTMLPage.table(
            ["lab", "started", "passed", "points"],
            summary.labs.map { lab in
                [SafeText.html(lab.title), HTMLPage.mark(lab.started), HTMLPage.mark(lab.passed), "\(lab.points) of \(lab.of)"]
            }, numeric: [3])

        body += "<h2>Mastery over time</h2>\n"
        body += summary.masteryOverTime.isEmpty
            ? "<p>No question answered yet.</p>\n"
            : HTMLPage.lineChart(summary.masteryOverTime.map(\.mastery), label: "mean mastery over the objectives answered, after each answer") + "\n"
        if !summary.mastery.isEmpty {
            body += HTMLPage.table(
                ["objective", "mastery", "", "answers"],
                summary.mastery.map { [SafeText.html($0.objective), HTMLPage.bar($0.mastery), Gradebook.percent($0.mastery) + "%", String($0.answers)] },
                numeric: [2, 3])
        }
        return HTMLPage.document(title: "mlops-lab progress — " + report.learner.name, body: body)
    }

    /// Answers and correct answers per day (UTC), oldest first.
    public static func answerHistory(_ events: [StoredEvent]) -> [(day: String, answers: Int, correct: Int)] {
        var days: [(day: String, answers: Int, correct: Int)] = []
        for event in events where event.kind == .questionAnswered {
            let day = String(UTCTime.iso8601(milliseconds: event.at).prefix(10))
            let correct = ((try? event.questionAnswer())??.correct ?? false) ? 1 : 0
            if days.last?.day == day {
                days[days.count - 1].answers += 1
                days[days.count - 1].correct += correct
            } else {
                days.append((day, 1, correct))
            }
        }
        return days
    }
}
