import GRDB

// Every message the store shows a person, in one place.
extension ProgressError {
    static func cannotCreate(_ path: String, reason: String) -> ProgressError {
        ProgressError(.cannotOpen, "cannot create the progress store \(path): \(reason): check that the folder exists and is writable")
    }

    static func cannotOpen(_ path: String, reason: String) -> ProgressError {
        ProgressError(.cannotOpen, "cannot open the progress store \(path): \(reason): check the file's permissions and that the disk is not full")
    }

    static func busy(_ path: String, seconds: Int) -> ProgressError {
        ProgressError(.storage, "the progress store \(path) stayed locked by another process for \(seconds) seconds: close other mlops-lab sessions and try again")
    }

    static func notADatabase(_ path: String) -> ProgressError {
        ProgressError(.notADatabase, "\(path) is not a progress store: file is not a database; move it aside or pass another --home")
    }

    static func notOurDatabase(_ path: String, applicationID: Int32) -> ProgressError {
        let id = String(UInt32(bitPattern: applicationID), radix: 16)
        return ProgressError(.notOurDatabase, "\(path) is not a progress store: it is an SQLite database of another application (application_id 0x\(id)); move it aside or pass another --home")
    }

    static func newerSchema(_ path: String, found: Int, known: Int) -> ProgressError {
        ProgressError(.newerSchema, "\(path) was written by a newer mlops-lab (schema \(found), this program knows \(known)): upgrade mlops-lab")
    }

    static func invalidLearnerName(_ name: String, reason: String) -> ProgressError {
        ProgressError(.invalidLearnerName, "learner name \(quoted(name)) \(reason): use 1 to \(Learner.maximumNameLength) characters without control characters")
    }

    static func invalidEmail(_ email: String) -> ProgressError {
        ProgressError(.invalidEmail, "email \(quoted(email)) does not look like an address: use the form name@example.org, or leave it out")
    }

    static func duplicateLearner(_ name: String) -> ProgressError {
        ProgressError(.duplicateLearner, "a learner named \(quoted(name)) already exists: choose another name, or switch to that learner")
    }

    static func unknownLearner(named name: String) -> ProgressError {
        ProgressError(.unknownLearner, "no learner is named \(quoted(name)): list the learners, or create this one first")
    }

    static func unknownLearner(id: Int64) -> ProgressError {
        ProgressError(.unknownLearner, "no learner has id \(id) in this progress store: pick a learner from the list of learners")
    }

    static func invalidEvent(_ what: String) -> ProgressError {
        ProgressError(.invalidEvent, "cannot record the event: \(what)")
    }

    static func invalidReviewCard(_ cardID: String, _ what: String) -> ProgressError {
        ProgressError(.invalidReviewCard, "cannot save review card \(quoted(cardID)): \(what)")
    }

    static func storage(_ action: String, _ path: String, _ error: any Error) -> ProgressError {
        ProgressError(.storage, "could not \(action) in \(path): \(error): check that the disk is not full and the file is writable")
    }

    private static func quoted(_ text: String) -> String {
        "\"\(text)\""
    }
}
