import Curriculum
import Foundation
import Progress
import Workbench

/// `progress export` of a learner with 10,000 events, and `grade` of a class of 100 reports with
/// eight lab attempts each, as the commands run them in an open session.
///
/// The class followed the labs' solutions, so its attempts are alike and replay once per `grade`
/// run (the engine is deterministic, and `grade` keeps replays by the attempt's content); the
/// re-scored answers differ from learner to learner. The detail line gives what one distinct
/// attempt costs, for a class whose transcripts all differ.
enum ReportBenchmark {
    static let labs = [
        "data-validation", "experiment-tracking", "first-pipeline", "blue-green", "canary-analysis",
        "observability-incident", "demand-recalibration", "fraud-continuous-training",
    ]

    static func run(content: String, runs: Int) throws -> [WorkloadRecord] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mlops-lab-bench-reports-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let home = scratch + "/home"
        let session = try Session(
            registry: Builtins.registry(), launch: LaunchContext(homeFlag: home, contentFlag: content, environment: ["HOME": scratch]))
        let store = try session.record.store
        let questions = session.course.allQuestions

        // One learner does the eight labs; their lab events are given to every learner of the class.
        try succeed("profile create learner-0", in: session)
        for id in labs {
            try succeed("lab start \(id)", in: session)
            for line in session.course.lab(id)?.solution ?? [] { try succeed(line.text, in: session) }
            for _ in session.course.lab(id)?.tasks ?? [] { try succeed("lab check", in: session) }
        }
        try succeed("lab quit", in: session)
        let labEvents = try store.events(learner: try session.record.learner.id).filter { $0.kind.rawValue.hasPrefix("lab.") }

        var generator = SystemRandomNumberGenerator()
        var seeded = SplitMix(seed: 2026)
        func answers(for learner: Int64, count: Int) throws {
            var index = 0
            while index < count {
                let (module, question) = questions[Int(seeded.next() % UInt64(questions.count))]
                let word = ["a", "b", "c", "true", "false", "1a,2b,3c", "1>2>3"][Int(seeded.next() % 7)]
                guard let response = try? QuestionPresentation(question, seed: seeded.next()).parse(word) else { continue }
                index += 1
                let score = Scoring.score(question, response)
                try store.append(NewEvent.questionAnswered(learner: learner, at: 1_700_000_000_000 + Int64(index) * 1000, answer: QuestionAnswer(
                    question: module + "/" + question.id, objective: module + "/" + question.objective, response: response.encoded,
                    fraction: score.fraction, correct: score.isCorrect, seconds: Double(generator.next() % 90))))
            }
        }

        // Export: a learner with 10,000 events.
        try succeed("profile create big", in: session)
        let big = try session.record.learner.id
        try answers(for: big, count: 10_000 - labEvents.count)
        _ = try store.importEvents(labEvents, into: big)
        var exportSeconds: [Double] = []
        for _ in 0..<runs {
            exportSeconds.append(try Workloads.time { try succeed("progress export --out \(scratch)/big.json --force", in: session) })
        }

        // Grading: 100 learners, 200 answers each and the eight labs.
        var reports: [String] = []
        for index in 1...100 {
            try succeed("profile create learner-\(index)", in: session)
            let learner = try session.record.learner.id
            try answers(for: learner, count: 200)
            _ = try store.importEvents(labEvents, into: learner)
            let file = "\(scratch)/learner-\(index).json"
            try succeed("progress export --out \(file)", in: session)
            reports.append(file)
        }
        var gradeSeconds: [Double] = []
        for _ in 0..<max(1, runs / 3) {
            let grader = try Session(
                registry: Builtins.registry(),
                launch: LaunchContext(homeFlag: scratch + "/grader", contentFlag: content, environment: ["HOME": scratch]))
            gradeSeconds.append(try Workloads.time { try succeed("grade " + reports.joined(separator: " "), in: grader, flagsAllowed: false) })
        }
        let grader = try Session(
            registry: Builtins.registry(), launch: LaunchContext(homeFlag: scratch + "/grader", contentFlag: content, environment: ["HOME": scratch]))
        let oneReport = try Workloads.time { try succeed("report verify \(reports[0])", in: grader) }

        var export = WorkloadRecord(id: "report-export", Measurement(name: "progress export (signed json)", size: "10,000 events", seconds: exportSeconds))
        export.detail = nil
        var grade = WorkloadRecord(id: "grade", Measurement(name: "grade a class", size: "100 reports × 8 labs", seconds: gradeSeconds))
        grade.detail = String(format: "one report with 8 distinct attempts (report verify): %.0f ms", oneReport * 1e3)
        return [export, grade]
    }

    private static func succeed(_ line: String, in session: Session, flagsAllowed: Bool = true) throws {
        switch CommandRunner(session: session).run(line: line) {
        case .failure(let error, _): throw BenchError("'\(line.prefix(80))' failed: \(error.message)")
        case .success(let output, _) where !flagsAllowed && output.reportsFailure: throw BenchError("'\(line.prefix(40))…' flagged a report")
        default: return
        }
    }
}

/// SplitMix64, for the class's answers.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
