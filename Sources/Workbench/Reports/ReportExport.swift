import Curriculum
import Foundation
import Progress

/// Builds the current learner's signed report: every event, each lab attempt kept in the home
/// folder with what the learner's checks found, the summary, and the signature of this machine's key.
enum ReportExport {
    /// The signing key's file in the home folder.
    static let keyFile = "report-signing-key"

    static func report(_ session: Session) throws(CommandError) -> ProgressReport {
        let record = try session.record
        let home = try session.requireHome()
        let events: [StoredEvent]
        do {
            events = try record.store.events(learner: record.learner.id)
        } catch {
            throw CommandError("could not read the progress store: \(describe(error))")
        }
        let tally = ReportTally(events: events, course: session.course) { try? $0.questionAnswer() }
        var attempts: [ProgressReport.LabAttempt] = []
        for lab in session.course.labs where tally.events.contains(where: { $0.kind == .labStarted && $0.subject == lab.id }) {
            let folder = try session.labFolder(lab.id)
            guard let progress = try? LabProgress.load(folder: folder) else { continue }
            let run = LabRun(lab: lab, folder: folder, progress: progress)
            let attempt = try LabAttempt.of(run)
            attempts.append(ProgressReport.LabAttempt(
                lab: lab.id, attempt: attempt.value,
                results: run.progress.tasks.map { ProgressReport.TaskResult(task: $0.id, passed: $0.passed, points: $0.points ?? 0) }))
        }
        let report = ProgressReport(
            program: ProgramVersion.current, contentDigest: ContentDigest.of(session),
            exportedAt: UTCTime.iso8601(milliseconds: Int64((session.now() * 1000).rounded(.down))),
            learner: ProgressReport.Learner(id: record.learner.id, name: record.learner.name, email: record.learner.email),
            events: events, labAttempts: attempts, summary: tally.summary())
        do {
            return try report.signed(with: ReportSigningKey.loadOrCreate(path: home.file(keyFile)))
        } catch {
            throw CommandError(describe(error))
        }
    }

    /// Names for the xAPI statements' activities, from the course.
    static func titles(_ course: Course) -> XAPIStatements.Titles {
        let questions = course.questionsByKey.mapValues(\.prompt)
        return XAPIStatements.Titles(
            modules: Dictionary(course.modules.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first }),
            labs: Dictionary(course.labs.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first }),
            questions: questions)
    }

    /// The gradebook's columns for the course.
    static func gradebook(_ course: Course, withFlags: Bool) -> Gradebook {
        Gradebook(modules: course.modules.map(\.id), labs: course.labs.map(\.id), withFlags: withFlags)
    }
}
