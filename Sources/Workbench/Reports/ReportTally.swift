import Curriculum
import Progress
import Values

/// A report's summary worked out from its events and the course: the exporter writes it, and the
/// grader works it out again from re-scored answers and replayed labs, never reading the report's.
///
/// Events a later `progress.reset` covers do not count, as in the learner's own `progress`.
struct ReportTally {
    /// An answer as the tally counts it.
    struct Answer {
        var event: StoredEvent
        var answer: QuestionAnswer
    }

    /// One lab's points as its attempts (or replays) give them.
    struct LabScore {
        var passed: Bool
        var points: Int
    }

    let course: Course
    /// The counted answers, oldest first.
    var answers: [Answer] = []
    /// Counted events, oldest first.
    let events: [StoredEvent]

    /// Tallies `events`; `answer` turns each counted `question.answered` event into the answer to
    /// count (the recorded one for an export, the re-scored one for grading), nil to leave it out.
    init(events all: [StoredEvent], course: Course, answer: (StoredEvent) -> QuestionAnswer?) {
        self.course = course
        let cutoffs = ResetCutoffs(events: all)
        events = all.filter { !cutoffs.isCleared($0) }
        for event in events where event.kind == .questionAnswered {
            if let given = answer(event) { answers.append(Answer(event: event, answer: given)) }
        }
    }

    /// The summary; `labs` gives points by lab id where an attempt was graded (otherwise the
    /// lab's events decide).
    func summary(labs graded: [String: LabScore] = [:]) -> ReportSummary {
        ReportSummary(
            modules: modules(), labs: labs(graded: graded), exams: exams(), mastery: mastery(),
            masteryOverTime: ReportSummary.masteryOverTime(answers.map { RecordedAnswer(eventID: $0.event.id, at: $0.event.at, answer: $0.answer) }))
    }

    private func modules() -> [ReportSummary.Module] {
        var latest: [String: Double] = [:]
        for given in answers { latest[given.answer.question] = given.answer.fraction }
        let completed = Set(events.filter { $0.kind == .lessonCompleted }.map(\.subject))
        return course.modules.map { module in
            let keys = latest.keys.filter { $0.hasPrefix(module.id + "/") }
            let questions = course.banks[module.id]?.questions.count ?? 0
            let earned = keys.reduce(0) { $0 + (latest[$1] ?? 0) }
            return ReportSummary.Module(
                id: module.id, title: module.title, lessonCompleted: completed.contains(module.id), answered: keys.count,
                questions: questions, score: questions == 0 ? 0 : min(1, earned / Double(questions)))
        }
    }

    private func labs(graded: [String: LabScore]) -> [ReportSummary.Lab] {
        course.labs.map { lab in
            let own = events.filter { $0.subject == lab.id }
            let started = own.contains { $0.kind == .labStarted }
            if let score = graded[lab.id] {
                return ReportSummary.Lab(id: lab.id, title: lab.title, started: true, passed: score.passed, points: score.points, of: lab.maximumPoints)
            }
            // Since the latest start: the points of each task's passing check.
            let attempt = own.last { $0.kind == .labStarted }.map { start in own.filter { $0.id > start.id } } ?? own
            var points: [String: Int] = [:]
            for event in attempt where event.kind == .labChecked {
                let payload = event.payloadValue
                if payload["passed"]?.stringValue == "true", let task = payload["task"]?.stringValue {
                    points[task] = Int(payload["points"]?.stringValue ?? "") ?? 0
                }
            }
            let passed = attempt.contains { $0.kind == .labPassed }
            return ReportSummary.Lab(
                id: lab.id, title: lab.title, started: started, passed: passed, points: points.values.reduce(0, +), of: lab.maximumPoints)
        }
    }

    /// Each handed-in exam, scored from the answers between its start and its hand-in.
    private func exams() -> [ReportSummary.Exam] {
        let passMark = Double(course.blueprint?.passPercent ?? 70) / 100
        var exams: [ReportSummary.Exam] = []
        var startID: Int64?
        for event in events {
            if event.kind == .examStarted { startID = event.id }
            guard event.kind == .examSubmitted, let start = startID else { continue }
            let given = answers.filter { $0.event.id > start && $0.event.id < event.id }
            let score = given.isEmpty ? 0 : given.reduce(0) { $0 + $1.answer.fraction } / Double(given.count)
            exams.append(ReportSummary.Exam(
                at: event.at, score: score, passed: score >= passMark, timedOut: event.payloadValue["timedOut"]?.stringValue == "true"))
            startID = nil
        }
        return exams
    }

    private func mastery() -> [ObjectiveMastery] {
        var fractions: [String: [Double]] = [:]
        for given in answers { fractions[given.answer.objective, default: []].append(given.answer.fraction) }
        return fractions.keys.sorted().compactMap { objective in
            let values = fractions[objective] ?? []
            return MasteryFormula.mastery(of: values).map { ObjectiveMastery(objective: objective, mastery: $0, answers: values.count) }
        }
    }
}
