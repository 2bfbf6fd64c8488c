/// A stretch of visible text with one set of attributes; styled lines are arrays of runs, so
/// widths are measured on the text alone and escape sequences are only added when painting.
struct MarkdownRun: Equatable {
    /// The visible text.
    var text: String
    /// How the text looks.
    var attributes: MarkdownAttributes

    /// Creates a run.
    init(_ text: String, _ attributes: MarkdownAttributes = .plain) {
        self.text = text
        self.attributes = attributes
    }

    /// Columns taken by the runs on a terminal.
    static func width(of runs: [MarkdownRun]) -> Int {
        runs.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }

    /// The runs as terminal text: neighbours that look alike are merged, and every styled span
    /// is closed before the next one opens.
    static func paint(_ runs: [MarkdownRun]) -> String {
        var merged: [MarkdownRun] = []
        for run in runs where !run.text.isEmpty {
            if let last = merged.last, last.attributes == run.attributes {
                merged[merged.count - 1].text += run.text
            } else {
                merged.append(run)
            }
        }
        return merged.map { $0.attributes.paint($0.text) }.joined()
    }

    /// `runs` with `attributes` added to each.
    static func adding(_ attributes: MarkdownAttributes, to runs: [MarkdownRun]) -> [MarkdownRun] {
        runs.map { MarkdownRun($0.text, $0.attributes.adding(attributes)) }
    }
}
