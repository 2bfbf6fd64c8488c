/// What a report says the learner achieved, per module, lab and exam; the grader recomputes it
/// from the events and replays and never trusts it.
public struct ReportSummary: Sendable, Equatable {
    /// A module's line.
    public struct Module: Sendable, Equatable {
        public var id: String
        public var title: String
        /// Whether its lesson was read to the end.
        public var lessonCompleted: Bool
        /// Distinct questions of the module answered.
        public var answered: Int
        /// Questions in the module's bank.
        public var questions: Int
        /// The sum of the latest fraction of every answered question over the bank's size, 0–1.
        public var score: Double

        public init(id: String, title: String, lessonCompleted: Bool, answered: Int, questions: Int, score: Double) {
            self.id = id
            self.title = title
            self.lessonCompleted = lessonCompleted
            self.answered = answered
            self.questions = questions
            self.score = score
        }
    }

    /// A lab's line.
    public struct Lab: Sendable, Equatable {
        public var id: String
        public var title: String
        public var started: Bool
        public var passed: Bool
        public var points: Int
        /// The lab's maximum points.
        public var of: Int

        public init(id: String, title: String, started: Bool, passed: Bool, points: Int, of: Int) {
            self.id = id
            self.title = title
            self.started = started
            self.passed = passed
            self.points = points
            self.of = of
        }
    }

    /// A submitted mock exam.
    public struct Exam: Sendable, Equatable {
        /// When it was handed in, epoch milliseconds.
        public var at: Int64
        public var score: Double
        public var passed: Bool
        public var timedOut: Bool

        public init(at: Int64, score: Double, passed: Bool, timedOut: Bool) {
            self.at = at
            self.score = score
            self.passed = passed
            self.timedOut = timedOut
        }
    }

    /// Mean mastery over the objectives answered so far, after an answer.
    public struct MasteryPoint: Sendable, Equatable {
        public var at: Int64
        public var mastery: Double

        public init(at: Int64, mastery: Double) {
            self.at = at
            self.mastery = mastery
        }
    }

    public var modules: [Module]
    public var labs: [Lab]
    public var exams: [Exam]
    public var mastery: [ObjectiveMastery]
    public var masteryOverTime: [MasteryPoint]

    public init(modules: [Module], labs: [Lab], exams: [Exam], mastery: [ObjectiveMastery], masteryOverTime: [MasteryPoint]) {
        self.modules = modules
        self.labs = labs
        self.exams = exams
        self.mastery = mastery
        self.masteryOverTime = masteryOverTime
    }

    /// The best exam score, or nil when no exam was handed in.
    public var bestExam: Double? { exams.map(\.score).max() }

    /// The mean mastery over all objectives after each answer, oldest first (one point per answer),
    /// by ``MasteryFormula`` per objective.
    public static func masteryOverTime(_ answers: [RecordedAnswer]) -> [MasteryPoint] {
        var running: [String: RunningMastery] = [:]
        var total = 0.0
        var points: [MasteryPoint] = []
        points.reserveCapacity(answers.count)
        for recorded in answers {
            let objective = recorded.answer.objective
            total -= running[objective]?.value ?? 0
            running[objective, default: RunningMastery()].add(recorded.answer.fraction)
            total += running[objective]?.value ?? 0
            points.append(MasteryPoint(at: recorded.at, mastery: total / Double(running.count)))
        }
        return points
    }
}
