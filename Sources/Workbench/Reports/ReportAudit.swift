import Curriculum
import Foundation
import Modeling
import Progress
import Values

/// What the instructor's side finds in one report: the signature, the hash chain, the program and
/// content it was made with, every answer re-scored from the content, every lab attempt replayed in
/// a fresh sandbox, and the summary worked out again from those. The grade comes from the re-scored
/// answers and the replays only; the report's own scores are compared, never used.
struct ReportAudit {
    /// One thing checked.
    struct Finding: Equatable {
        /// Whether it holds.
        var ok: Bool
        /// What was checked: `signature`, `events`, `lab canary-analysis`…
        var subject: String
        var message: String

        var value: Value {
            .object(["ok": .bool(ok), "subject": .string(subject), "message": .string(message)])
        }
    }

    /// An answer as re-scored from the content.
    struct Rescored {
        var key: String
        var response: String
        var fraction: Double
    }

    var report: ProgressReport
    var findings: [Finding] = []
    /// The re-scored answers that count, oldest first.
    var answers: [Rescored] = []
    /// Lab points from the replays.
    var labs: [String: ReportTally.LabScore] = [:]
    /// The summary worked out from the re-scored answers and the replays.
    var summary: ReportSummary

    /// The findings that fail, as short lines for a gradebook's flags column.
    var flags: [String] { findings.filter { !$0.ok }.map { "\($0.subject): \($0.message)" } }

    /// The gradebook row from the grader's own numbers.
    var row: Gradebook.Row {
        Gradebook.Row(name: report.learner.name, email: report.learner.email, summary: summary, flags: flags)
    }

    /// Audits `report` against `course` (whose content has `contentDigest`); `replay` replays a lab
    /// attempt (the grader shares one cache of replays between reports).
    init(
        _ report: ProgressReport, course: Course, contentDigest: String,
        replay: (LabAttempt, Lab) throws(CommandError) -> [LabTaskResult]
    ) {
        self.report = report
        self.summary = report.summary
        check("signature") {
            guard let signature = report.signature else { return (false, "the report is not signed") }
            if let problem = signature.problem(for: report.signedBytes) { return (false, problem) }
            return (true, "valid Ed25519 signature by \(signature.fingerprint)")
        }
        check("events") {
            if let problem = report.chainProblem() { return (false, problem) }
            return (true, "\(report.events.count) events, hash chain intact")
        }
        check("program") {
            report.program == ProgramVersion.current
                ? (true, "made by mlops-lab \(report.program), as this one")
                : (false, "made by mlops-lab \(report.program); this is \(ProgramVersion.current)")
        }
        check("content") {
            report.contentDigest == contentDigest
                ? (true, "made with the same content (\(contentDigest.prefix(12)))")
                : (false, "made with other content (\(report.contentDigest.prefix(12))); grading with \(contentDigest.prefix(12))")
        }
        let questions = course.questionsByKey
        var mismatches: [String] = []
        var rescored: [Rescored] = []
        let tally = ReportTally(events: report.events, course: course) { event in
            guard let recorded = try? event.questionAnswer() else {
                mismatches.append("event \(event.id) does not hold an answer")
                return nil
            }
            guard let question = questions[recorded.question] else {
                mismatches.append("\(recorded.question) is not a question of the course")
                return nil
            }
            var answer = recorded
            if recorded.response.isEmpty {
                answer.fraction = 0
            } else if let response = try? Response(encoded: recorded.response) {
                answer.fraction = Scoring.score(question, response).fraction
            } else {
                mismatches.append("the response to \(recorded.question), '\(recorded.response)', cannot be read")
                answer.fraction = 0
            }
            answer.correct = answer.fraction == 1
            if abs(answer.fraction - recorded.fraction) > 1e-9 || answer.correct != recorded.correct {
                mismatches.append("\(recorded.question) is recorded as \(Gradebook.percent(recorded.fraction))%, its response scores \(Gradebook.percent(answer.fraction))%")
            }
            rescored.append(Rescored(key: recorded.question, response: recorded.response, fraction: answer.fraction))
            return answer
        }
        answers = rescored
        check("answers") {
            mismatches.isEmpty
                ? (true, "\(tally.answers.count) answers re-scored from the content, all as recorded")
                : (false, "\(mismatches.count) answer\(mismatches.count == 1 ? " does" : "s do") not follow from the content: " + mismatches.prefix(3).joined(separator: "; "))
        }
        replayLabs(course: course, events: tally.events, replay: replay)
        summary = tally.summary(labs: labs)
        compareSummaries()
    }

    private mutating func check(_ subject: String, _ body: () -> (Bool, String)) {
        let (ok, message) = body()
        findings.append(Finding(ok: ok, subject: subject, message: message))
    }

    private mutating func replayLabs(course: Course, events: [StoredEvent], replay: (LabAttempt, Lab) throws(CommandError) -> [LabTaskResult]) {
        var attempted = Set<String>()
        for (index, item) in report.labAttempts.enumerated() {
            let subject = "lab \(item.lab)"
            attempted.insert(item.lab)
            labs[item.lab] = ReportTally.LabScore(passed: false, points: 0)
            let attempt: LabAttempt
            do {
                attempt = try LabAttempt(item.attempt, file: "labAttempts[\(index)]")
            } catch {
                findings.append(Finding(ok: false, subject: subject, message: error.message))
                continue
            }
            guard attempt.record.lab == item.lab, let lab = course.lab(item.lab) else {
                findings.append(Finding(ok: false, subject: subject, message: "the course has no lab '\(item.lab)' to replay it in"))
                continue
            }
            let results: [LabTaskResult]
            do {
                results = try replay(attempt, lab)
            } catch {
                findings.append(Finding(ok: false, subject: subject, message: "does not replay: \(error.message)"))
                continue
            }
            let passed = results.filter(\.passed).count
            let points = results.reduce(0) { $0 + $1.points }
            labs[item.lab] = ReportTally.LabScore(passed: passed == results.count && !results.isEmpty, points: points)
            var differences: [String] = []
            for result in results {
                let claimed = item.results.first { $0.task == result.task.id }
                if (claimed?.passed ?? false) != result.passed || (claimed?.points ?? 0) != result.points {
                    differences.append("task \(result.task.id) is reported \(claimed.map { $0.passed ? "passed with \($0.points) points" : "not passed" } ?? "missing"), replays \(result.passed ? "passed with \(result.points) points" : "not passed")")
                }
            }
            findings.append(differences.isEmpty
                ? Finding(ok: true, subject: subject, message: "replays: \(passed) of \(results.count) tasks pass, \(points) of \(lab.maximumPoints) points, as reported")
                : Finding(ok: false, subject: subject, message: "replays differently: " + differences.joined(separator: "; ")))
        }
        for lab in course.labs where !attempted.contains(lab.id) && events.contains(where: { $0.kind == .labPassed && $0.subject == lab.id }) {
            labs[lab.id] = ReportTally.LabScore(passed: false, points: 0)
            findings.append(Finding(ok: false, subject: "lab \(lab.id)", message: "its events say it was passed, but the report holds no attempt to replay; it scores nothing"))
        }
    }

    /// Flags every line of the report's own summary that the grader's numbers do not bear out.
    private mutating func compareSummaries() {
        var differences: [String] = []
        for module in summary.modules {
            let claimed = report.summary.modules.first { $0.id == module.id }?.score ?? 0
            if abs(claimed - module.score) > 0.0001 {
                differences.append("module \(module.id) is reported at \(Gradebook.percent(claimed))%, the answers give \(Gradebook.percent(module.score))%")
            }
        }
        for lab in summary.labs where lab.started {
            let claimed = report.summary.labs.first { $0.id == lab.id }
            if claimed?.points != lab.points || claimed?.passed != lab.passed {
                differences.append("lab \(lab.id) is reported with \(claimed?.points ?? 0) points, the replay gives \(lab.points)")
            }
        }
        let claimedExams = report.summary.exams.map(\.score)
        let exams = summary.exams.map(\.score)
        if claimedExams.count != exams.count || zip(claimedExams, exams).contains(where: { abs($0 - $1) > 0.0001 }) {
            differences.append("the exam scores are reported as \(claimedExams.map { Gradebook.percent($0) + "%" }), the answers give \(exams.map { Gradebook.percent($0) + "%" })")
        }
        findings.append(differences.isEmpty
            ? Finding(ok: true, subject: "summary", message: "follows from the re-scored answers and the replays")
            : Finding(ok: false, subject: "summary", message: differences.prefix(3).joined(separator: "; ")))
    }
}
