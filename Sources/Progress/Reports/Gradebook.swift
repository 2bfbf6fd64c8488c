/// A gradebook as CSV, ready for Moodle's and Canvas' grade import: identity columns first (name,
/// email), then one column per module (score in percent), per lab (points) and the best mock exam
/// (percent), and for the instructor's gradebook a last column of flags.
public struct Gradebook: Sendable {
    /// One learner's row.
    public struct Row: Sendable, Equatable {
        public var name: String
        public var email: String?
        /// Score 0–1 by module id.
        public var modules: [String: Double]
        /// Points by lab id (absent: not started).
        public var labs: [String: Int]
        /// Best exam score 0–1.
        public var exam: Double?
        /// What the grader found wrong.
        public var flags: [String]

        public init(name: String, email: String?, modules: [String: Double], labs: [String: Int], exam: Double?, flags: [String] = []) {
            self.name = name
            self.email = email
            self.modules = modules
            self.labs = labs
            self.exam = exam
            self.flags = flags
        }

        /// The row of a report's own summary.
        public init(_ report: ProgressReport, flags: [String] = []) {
            self.init(name: report.learner.name, email: report.learner.email, summary: report.summary, flags: flags)
        }

        /// The row of `summary`: module scores, the points of the labs started, the best exam.
        public init(name: String, email: String?, summary: ReportSummary, flags: [String] = []) {
            var labs: [String: Int] = [:]
            for lab in summary.labs where lab.started { labs[lab.id] = lab.points }
            self.init(
                name: name, email: email,
                modules: Dictionary(summary.modules.map { ($0.id, $0.score) }, uniquingKeysWith: { first, _ in first }),
                labs: labs, exam: summary.bestExam, flags: flags)
        }

        /// The mean score over `modules`, a module without a score counting 0.
        public func meanModuleScore(over modules: [String]) -> Double {
            modules.isEmpty ? 0 : modules.reduce(0) { $0 + (self.modules[$1] ?? 0) } / Double(modules.count)
        }
    }

    /// Module ids, in course order.
    public var modules: [String]
    /// Lab ids, in course order.
    public var labs: [String]
    /// Whether to end with the `flags` column.
    public var withFlags: Bool

    public init(modules: [String], labs: [String], withFlags: Bool) {
        self.modules = modules
        self.labs = labs
        self.withFlags = withFlags
    }

    /// The header's cells.
    public var header: [String] {
        ["name", "email"] + modules.map { "module:" + $0 } + labs.map { "lab:" + $0 } + ["exam"] + (withFlags ? ["flags"] : [])
    }

    /// The CSV text: the header and one line per row, CRLF line ends as RFC 4180 writes them.
    public func csv(_ rows: [Row]) -> String {
        var lines = [header.map(SafeText.spreadsheetCell).joined(separator: ",")]
        for row in rows {
            var cells = [row.name, row.email ?? ""]
            cells += modules.map { row.modules[$0].map(Self.percent) ?? "" }
            cells += labs.map { row.labs[$0].map(String.init) ?? "" }
            cells.append(row.exam.map(Self.percent) ?? "")
            if withFlags { cells.append(row.flags.joined(separator: "; ")) }
            lines.append(cells.map(SafeText.spreadsheetCell).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A share as a percentage with one decimal: `85.0`.
    public static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
