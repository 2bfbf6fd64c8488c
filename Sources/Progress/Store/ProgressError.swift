/// A failure of the progress store, with a message that says what failed, where, and what to do.
///
/// `code` lets callers branch on the kind of failure; `message` is the text a person reads. Every
/// message is built in one place, `ProgressError+Messages.swift`, so tests can assert it exactly.
public struct ProgressError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure, for callers that react differently to each.
    public enum Code: String, Sendable, Hashable {
        /// The store file or its folder could not be created or opened.
        case cannotOpen
        /// The file exists but is not an SQLite database.
        case notADatabase
        /// The file is an SQLite database written by another application.
        case notOurDatabase
        /// The file was written by a newer mlops-lab whose schema this program does not know.
        case newerSchema
        /// A learner name is empty, too long or holds control characters.
        case invalidLearnerName
        /// An email address does not look like one.
        case invalidEmail
        /// Another learner already has this name.
        case duplicateLearner
        /// No learner has this name or id.
        case unknownLearner
        /// An event's kind, subject or payload is not acceptable.
        case invalidEvent
        /// A review card's fields are out of range.
        case invalidReviewCard
        /// SQLite reported an error while reading or writing the store.
        case storage
        /// A report file is not a well-formed mlops-lab report.
        case invalidReport
        /// The signing key could not be created, read or used.
        case signingKey
    }

    /// The kind of failure.
    public let code: Code
    /// What failed, where, and what to do, in one or two sentences.
    public let message: String

    /// Makes an error from its kind and message; the store's own errors come from the factories in
    /// `ProgressError+Messages.swift`.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
