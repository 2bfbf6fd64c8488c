import Curriculum
import Foundation
import Progress
import Values

/// `lab list`: every lab with its module, time, difficulty and how far the learner is.
enum LabListCommand {
    static let spec = CommandSpec(
        ["lab", "list"], summary: "the labs: module, time, difficulty, and not started, in progress or passed with points",
        examples: ["lab list", "lab list --json"]
    ) { _, session throws(CommandError) in
        let labs = session.course.labs
        guard !labs.isEmpty else {
            return CommandOutput([.paragraph("The course has no labs.")], value: .list([]))
        }
        let passed = (try? session.record).flatMap { record in try? record.store.labsPassed(learner: record.learner.id) } ?? []
        let statuses = labs.map { status(of: $0, session: session, passed: passed) }
        let rows = zip(labs, statuses).map { lab, status in
            [lab.id, lab.title, lab.module, "\(lab.minutes) min", lab.difficulty.rawValue, status.text]
        }
        return CommandOutput(
            [.table(Table(
                columns: [Table.Column("id"), Table.Column("title"), Table.Column("module"), Table.Column("time", alignRight: true),
                          Table.Column("difficulty"), Table.Column("status")],
                rows: rows))],
            value: .list(zip(labs, statuses).map { lab, status in
                .object([
                    "id": .string(lab.id), "title": .string(lab.title), "module": .string(lab.module), "minutes": .int(lab.minutes),
                    "difficulty": .string(lab.difficulty.rawValue), "tasks": .int(lab.tasks.count), "status": .string(status.word),
                    "task": status.task.map(Value.int) ?? .null, "points": status.points.map(Value.int) ?? .null,
                    "of": .int(lab.maximumPoints),
                ])
            }))
    }

    /// Where the learner is in `lab`: from its workspace when there is one, else from the progress store.
    static func status(of lab: Lab, session: Session, passed: Set<String>) -> (word: String, text: String, task: Int?, points: Int?) {
        if let folder = try? session.labFolder(lab.id), let progress = (try? LabProgress.load(folder: folder)).flatMap({ $0 }) {
            let aligned = progress.aligned(with: lab)
            if aligned.isFinished {
                return ("passed", "passed · \(aligned.points)/\(lab.maximumPoints) points", nil, aligned.points)
            }
            return ("in progress", "in progress · task \(aligned.currentIndex + 1)/\(lab.tasks.count)", aligned.currentIndex + 1, aligned.points)
        }
        if passed.contains(lab.id) { return ("passed", "passed", nil, nil) }
        return ("not started", "not started", nil, nil)
    }
}
