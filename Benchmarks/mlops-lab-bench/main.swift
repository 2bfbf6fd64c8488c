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
