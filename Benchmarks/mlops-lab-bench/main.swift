import Curriculum
import Foundation

// `make bench`: each workload prints one line — name, size, median, min, max.
// Timings compare within one run on one machine; they are never test assertions.

var arguments = Array(CommandLine.arguments.dropFirst())
var binary = ".build/release/mlops-lab"
var runs = 30
while let argument = arguments.first {
    arguments.removeFirst()
    switch argument {
    case "--binary": binary = arguments.isEmpty ? binary : arguments.removeFirst()
    case "--runs": runs = arguments.isEmpty ? runs : Int(arguments.removeFirst()) ?? runs
    default:
        FileHandle.standardError.write(Data("usage: mlops-lab-bench [--binary PATH] [--runs N]\n".utf8))
        exit(2)
    }
}

print("mlops-lab benchmarks — \(ProcessInfo.processInfo.activeProcessorCount) cores, \(runs) runs each")
do {
    print(try StartupBenchmark.toFirstPrompt(binary: binary, runs: runs).line)
} catch {
    print("REPL start-up to first prompt: failed: \(error)")
}
if let floor = StartupBenchmark.pythonFloor(runs: runs) {
    print(floor.line)
} else {
    print("python3 -c pass (floor): python3 is not available")
}

let contentFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
var loadTimes: [Double] = []
var loaded = Course()
for _ in 0..<runs {
    let start = now()
    loaded = CourseLoader.load(folder: contentFolder)
    loadTimes.append(now() - start)
}
let questionCount = loaded.banks.values.reduce(0) { $0 + $1.questions.count }
print(Measurement(name: "content load and validation", size: "\(loaded.filesRead) files, \(questionCount) q", seconds: loadTimes).line)
if !loaded.problems.isEmpty { print("  (the content has \(loaded.problems.count) problems)") }

// Heavier workloads run fewer times.
let heavyRuns = max(3, runs / 10)
for workload in [
    { try Workloads.kolmogorovSmirnov(runs: heavyRuns) },
    { try Workloads.driftReport(runs: heavyRuns) },
    { try Workloads.logisticRegression(runs: heavyRuns) },
    { Workloads.reviews(runs: heavyRuns) },
] as [() throws -> Measurement] {
    do {
        print(try workload().line)
    } catch {
        print("workload failed: \(error)")
    }
}
do {
    let appends = try Workloads.eventAppends(count: 10_000)
    print("progress event append".padding(toLength: 36, withPad: " ", startingAt: 0) + "  "
        + "10,000 events ".padding(toLength: 14, withPad: " ", startingAt: 0)
        + String(format: "  p50 %.3f ms  p99 %.3f ms", appends.p50 * 1e3, appends.p99 * 1e3))
} catch {
    print("progress event append: failed: \(error)")
}
