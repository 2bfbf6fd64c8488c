/// A question the GIFT exporter could not write as it is, and why.
public struct GIFTExportWarning: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The id of the question.
    public var questionID: String
    /// What was skipped or lost.
    public var message: String

    /// Creates a warning.
    public init(questionID: String, message: String) {
        self.questionID = questionID
        self.message = message
    }

    /// `id: message`.
    public var description: String {
        "\(questionID): \(message)"
    }
}

extension GIFTExportWarning {
    static func orderingSkipped(_ id: String) -> GIFTExportWarning {
        GIFTExportWarning(questionID: id, message: "ordering questions cannot be expressed in GIFT; skipped")
    }

    static func arrowSkipped(_ id: String, _ place: String) -> GIFTExportWarning {
        GIFTExportWarning(questionID: id, message: "\(place) contains '->', which GIFT would read as a matching answer; skipped")
    }

    static func singleWithoutWrongChoice(_ id: String) -> GIFTExportWarning {
        GIFTExportWarning(questionID: id, message: "a single-answer question without a wrong choice would read back as a short-answer question; skipped")
    }

    static func catchAllNotLast(_ id: String) -> GIFTExportWarning {
        GIFTExportWarning(questionID: id, message: "GIFT has one catch-all numeric answer, last and worth 0; skipped")
    }

    static func blankAtEnd(_ id: String) -> GIFTExportWarning {
        GIFTExportWarning(questionID: id, message: "the missing-word blank ends the prompt, where GIFT cannot keep it; written as a question with its answers after the text")
    }

    static func lessonNotWritten(_ id: String) -> GIFTExportWarning {
        GIFTExportWarning(questionID: id, message: "the lesson contains spaces and is not written")
    }
}
