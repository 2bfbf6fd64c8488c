import Foundation
import Workbench

/// `lab start` and `lab replay` of every shipped lab, as a learner and a grader meet them: the
/// command alone, in a session that is already open. Each prints the slowest lab's median.
enum LabBenchmark {
    static func run(content: String, runs: Int) throws -> [WorkloadRecord] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mlops-lab-bench-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var fresh = 0
        // A session as the REPL has it when the learner types: the course already loaded (the REPL
        // loads it at start to report content problems).
        func session() throws -> Session {
            fresh += 1
            let session = try Session(
                registry: Builtins.registry(),
                launch: LaunchContext(homeFlag: "\(scratch)/home-\(fresh)", contentFlag: content, environment: ["HOME": scratch]))
            _ = session.course
            return session
        }
        let ids = try session().course.labs.map(\.id).sorted()
        guard !ids.isEmpty else { throw BenchError("no labs in \(content)") }
        var starts: [(id: String, seconds: [Double])] = []
        var replays: [(id: String, seconds: [Double])] = []
        for id in ids {
            var startSeconds: [Double] = []
            for _ in 0..<runs {
                let learner = try session()
                startSeconds.append(try Workloads.time { try succeed("lab start \(id)", in: learner) })
            }
            let learner = try session()
            try succeed("lab start \(id)", in: learner)
            for line in learner.course.lab(id)?.solution ?? [] { try succeed(line.text, in: learner) }
            let attempt = "\(scratch)/\(id).json"
            try succeed("lab export-attempt --out \(attempt)", in: learner)
            var replaySeconds: [Double] = []
            for _ in 0..<runs {
                let grader = try session()
                replaySeconds.append(try Workloads.time { try succeed("lab replay \(attempt)", in: grader) })
            }
            starts.append((id, startSeconds))
            replays.append((id, replaySeconds))
        }
        return [slowest(starts, id: "lab-start", what: "lab start"), slowest(replays, id: "lab-replay", what: "lab replay")]
    }

    /// The slowest lab's timings as the workload's line, every lab's median in its values.
    private static func slowest(_ timings: [(id: String, seconds: [Double])], id: String, what: String) -> WorkloadRecord {
        let medians = timings.map { ($0.id, Measurement(name: "", size: "", seconds: $0.seconds).median) }
        let worst = medians.indices.max { medians[$0].1 < medians[$1].1 } ?? 0
        var record = WorkloadRecord(
            id: id, Measurement(name: "\(what): \(timings[worst].id)", size: "slowest of \(timings.count)", seconds: timings[worst].seconds))
        record.values = Dictionary(uniqueKeysWithValues: medians)
        record.detail = medians.map { String(format: "%@ %.0f ms", $0.0, $0.1 * 1e3) }.joined(separator: ", ")
        return record
    }

    private static func succeed(_ line: String, in session: Session) throws {
        if case .failure(let error, _) = CommandRunner(session: session).run(line: line) {
            throw BenchError("'\(line)' failed: \(error.message)")
        }
    }
}
