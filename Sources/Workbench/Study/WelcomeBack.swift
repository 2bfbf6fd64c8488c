import Curriculum
import Foundation
import Progress

extension Session {
    /// What the REPL says at start to a learner who has been here before: where they left off
    /// (their latest event) and the most useful next step. Nil for a first visit, or when the
    /// progress store cannot be read (the REPL has already warned about that).
    public func welcomeBack() -> String? {
        // A first visit has no store yet: do not make one just to find that out (it costs start-up time).
        guard let home, FileManager.default.fileExists(atPath: home.file("progress.sqlite")), let record = try? record,
            let last = try? record.store.events(learner: record.learner.id).last(where: { $0.kind != .progressReset })
        else { return nil }
        let title = { (id: String) in self.course.module(id)?.title ?? id }
        let labTitle = { (id: String) in self.course.lab(id)?.title ?? id }
        let place: String
        switch last.kind {
        case .lessonViewed, .lessonCompleted: place = "reading '\(title(last.subject))'"
        case .questionAnswered: place = "answering questions on '\(title(String(last.subject.prefix { $0 != "/" })))'"
        case .examStarted, .examSubmitted: place = "taking the mock exam"
        default: place = last.kind.rawValue.hasPrefix("lab.") ? "working on lab '\(labTitle(last.subject))'" : "studying"
        }
        let day = String(UTCTime.iso8601(milliseconds: last.at).prefix(10))
        var text = "Welcome back, \(SafeText.terminal(record.learner.name)). You were \(place) (\(day))."
        if let (advice, command) = try? ReviewCommands.recommendation(self) {
            text += " Next: \(advice) ('\(command)')"
        }
        return text
    }
}
