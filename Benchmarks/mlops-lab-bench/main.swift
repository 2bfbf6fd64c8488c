import Curriculum
import Foundation

// `make bench`: each workload prints one line — name, size, median, min, max.
// Timings compare within one run on one machine; they are never test assertions.
// `--write-data DIR` writes the compared workloads' inputs and exits; `--results FILE` also
// writes every timing and result as JSON (`make bench-compare` joins it with the peers').

let usage = "usage: mlops-lab-bench [--binary PATH] [--python PATH] [--runs N] [--only ID] [--results FILE] | --write-data DIR\n"
var arguments = Array(CommandLine.arguments.dropFirst())
var binary = ".build/release/mlops-lab"
var python = "python3"
var runs = 30
var resultsPath: String?
var dataFolder: String?
var only: String?
while let argument = arguments.first {
    arguments.removeFirst()
    switch argument {
    case "--binary": binary = arguments.isEmpty ? binary : arguments.removeFirst()
    case "--python": python = arguments.isEmpty ? python : arguments.removeFirst()
    case "--runs": runs = arguments.isEmpty ? runs : Int(arguments.removeFirst()) ?? runs
    case "--results" where !arguments.isEmpty: resultsPath = arguments.removeFirst()
    case "--write-data" where !arguments.isEmpty: dataFolder = arguments.removeFirst()
    case "--only" where !arguments.isEmpty: only = arguments.removeFirst()
    default:
        FileHandle.standardError.write(Data(usage.utf8))
        exit(2)
    }
}

if let dataFolder {
    do {
        try BenchmarkData.write(BenchmarkInputs.make(), to: dataFolder)
        print("benchmark inputs written to \(dataFolder) (manifest.json)")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("mlops-lab-bench: cannot write the inputs to \(dataFolder): \(error)\n".utf8))
        exit(1)
    }
}

var results = ResultsFile()
@MainActor func report(_ record: WorkloadRecord) {
    print(record.measurement.line)
    if let detail = record.detail { print("    " + detail) }
    results.workloads.append(record)
}

print("mlops-lab benchmarks — \(ProcessInfo.processInfo.activeProcessorCount) cores, \(runs) runs each")
/// Whether the workload `id` runs: all of them, or the one `--only` names.
@MainActor func selected(_ id: String) -> Bool { only == nil || only == id }

if selected("startup") {
    do {
        report(WorkloadRecord(id: "startup", try StartupBenchmark.toFirstPrompt(binary: binary, runs: runs)))
    } catch {
        print("REPL start-up to first prompt: failed: \(error)")
    }
    if let floor = StartupBenchmark.pythonFloor(python: python, runs: runs) {
        report(WorkloadRecord(id: "python-floor", floor))
    } else {
        print("python3 -c pass (floor): \(python) is not available")
    }
}

let contentFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path
if selected("content-load") {
    var loadTimes: [Double] = []
    var loaded = Course()
    for _ in 0..<runs {
        let start = now()
        loaded = CourseLoader.load(folder: contentFolder)
        loadTimes.append(now() - start)
    }
    let questionCount = loaded.banks.values.reduce(0) { $0 + $1.questions.count }
    report(WorkloadRecord(
        id: "content-load",
        Measurement(name: "content load and validation", size: "\(loaded.filesRead) files, \(questionCount) q", seconds: loadTimes)))
    if !loaded.problems.isEmpty { print("  (the content has \(loaded.problems.count) problems)") }
}

// Heavier workloads run fewer times.
let heavyRuns = max(3, runs / 10)
let needsInputs = ["ks", "drift", "drift-100k", "logistic", "gbdt", "fsrs"].contains(where: selected)
let inputs = needsInputs ? BenchmarkInputs.make() : nil
let workloads: [(id: String, run: () throws -> [WorkloadRecord])] = [
    ("ks", { [try Workloads.kolmogorovSmirnov(inputs!, runs: heavyRuns)] }),
    ("drift", { [try Workloads.driftReport(inputs!, rows: BenchmarkInputs.sampleCount, runs: heavyRuns)] }),
    ("drift-100k", { [try Workloads.driftReport(inputs!, rows: BenchmarkInputs.evidentlySampleCount, runs: heavyRuns)] }),
    ("logistic", { [try Workloads.logisticRegression(inputs!, runs: heavyRuns)] }),
    ("gbdt", { [try Workloads.gradientBoosting(inputs!, runs: heavyRuns)] }),
    ("fsrs", { [Workloads.reviews(inputs!.reviewPlan, runs: heavyRuns)] }),
    ("pipeline", { [try PipelineBenchmark.run(runs: heavyRuns)] }),
    ("traffic", { [try TrafficBenchmark.run(runs: heavyRuns)] }),
    ("labs", { try LabBenchmark.run(content: contentFolder, runs: heavyRuns) }),
    ("reports", { try ReportBenchmark.run(content: contentFolder, runs: heavyRuns) }),
]
for workload in workloads where selected(workload.id) {
    do {
        for record in try workload.run() { report(record) }
    } catch {
        print("\(workload.id) failed: \(error)")
    }
}
if selected("event-append") {
    do {
        let appends = try Workloads.eventAppends(count: 10_000)
        var record = WorkloadRecord(id: "event-append", Measurement(name: "progress event append (one)", size: "10,000 events", seconds: appends))
        let sorted = appends.sorted()
        record.values = ["p99": sorted[sorted.count * 99 / 100]]
        record.detail = String(format: "p50 %.3f ms, p99 %.3f ms (target p99 < 1 ms)", sorted[sorted.count / 2] * 1e3, sorted[sorted.count * 99 / 100] * 1e3)
        report(record)
    } catch {
        print("progress event append: failed: \(error)")
    }
}

if let resultsPath {
    do {
        try results.write(to: resultsPath)
        print("results written to \(resultsPath)")
    } catch {
        FileHandle.standardError.write(Data("mlops-lab-bench: cannot write \(resultsPath): \(error)\n".utf8))
        exit(1)
    }
}
