import Values

/// A learner's exported progress: who, every event with its hash chain, each lab attempt with
/// what the learner's checks found, a summary, and a signature over all of it.
///
/// The file format is documented in `docs/reports.md` and `docs/report-schema.json`.
public struct ProgressReport: Sendable, Equatable {
    /// The value of the `format` member.
    public static let format = "mlops-lab-report"
    /// The schema version this program writes and reads.
    public static let schemaVersion = 1
    /// The largest report read: 50 MB.
    public static let maximumBytes = 50 * 1024 * 1024
    /// The deepest nesting read (a report needs 8; an attempt's command entries a few more).
    public static let maximumDepth = 24
    /// The most events a report may hold.
    public static let maximumEvents = 1_000_000

    /// The learner as the exporting store knew them; `id` is part of every event's hash.
    public struct Learner: Sendable, Equatable {
        public var id: Int64
        public var name: String
        public var email: String?

        public init(id: Int64, name: String, email: String?) {
            self.id = id
            self.name = name
            self.email = email
        }
    }

    /// One task's result in a lab attempt, as the learner's own `lab check` found it.
    public struct TaskResult: Sendable, Equatable {
        public var task: String
        public var passed: Bool
        public var points: Int

        public init(task: String, passed: Bool, points: Int) {
            self.task = task
            self.passed = passed
            self.points = points
        }
    }

    /// A lab attempt: the attempt document a grader replays, and the results the learner saw.
    public struct LabAttempt: Sendable, Equatable {
        public var lab: String
        /// The attempt document (`format: mlops-lab-attempt`): lab, digest, seed, commands, files.
        public var attempt: Value
        public var results: [TaskResult]

        public init(lab: String, attempt: Value, results: [TaskResult]) {
            self.lab = lab
            self.attempt = attempt
            self.results = results
        }
    }

    /// The version of mlops-lab that exported it.
    public var program: String
    /// SHA-256 of the course content the learner studied with.
    public var contentDigest: String
    /// When it was exported, ISO 8601 in UTC.
    public var exportedAt: String
    public var learner: Learner
    /// Every event of the learner, in the store's order.
    public var events: [StoredEvent]
    public var labAttempts: [LabAttempt]
    public var summary: ReportSummary
    /// The signature; nil until signed.
    public var signature: ReportSignature?

    public init(
        program: String, contentDigest: String, exportedAt: String, learner: Learner, events: [StoredEvent],
        labAttempts: [LabAttempt], summary: ReportSummary, signature: ReportSignature? = nil
    ) {
        self.program = program
        self.contentDigest = contentDigest
        self.exportedAt = exportedAt
        self.learner = learner
        self.events = events
        self.labAttempts = labAttempts
        self.summary = summary
        self.signature = signature
    }

    /// The hash of the last event, or the chain's genesis when there is none.
    public var chainHead: String { events.last?.hash ?? EventHash.genesis }

    /// The bytes the signature covers: the canonical JSON of the report without its signature.
    public var signedBytes: [UInt8] {
        CanonicalJSON.bytes(body)
    }

    /// The report signed with `key`.
    public func signed(with key: ReportSigningKey) throws(ProgressError) -> ProgressReport {
        var copy = self
        copy.signature = try key.sign(signedBytes)
        return copy
    }

    /// Recomputes the hash chain from the first event and returns where it breaks, or nil.
    public func chainProblem() -> String? {
        var previous = EventHash.genesis
        for (index, event) in events.enumerated() {
            if event.learner != learner.id {
                return "event \(event.id) (events[\(index)]) belongs to learner \(event.learner), not to the report's learner \(learner.id)"
            }
            let recomputed = EventHash.hash(
                previous: previous, learner: learner.id, at: event.at, kind: event.kind, subject: event.subject, payload: event.payload)
            if recomputed != event.hash {
                return "event \(event.id) (events[\(index)], \(event.kind)) does not match its hash: it was edited, or an event before it was removed, inserted or moved"
            }
            previous = event.hash
        }
        return nil
    }
}
