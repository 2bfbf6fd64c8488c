import Foundation
import Values
@testable import Workbench

/// A fresh, empty folder under the system's temporary folder.
func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "mlops-lab-tests-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// A session on a fresh home folder with the built-in commands and any extra ones.
func makeSession(extra: [CommandSpec] = [], home: String = temporaryFolder()) throws -> Session {
    var registry = Builtins.registry()
    for spec in extra { registry.register(spec) }
    return try Session(
        registry: registry, launch: LaunchContext(homeFlag: home, environment: ["HOME": "/nonexistent"]))
}

/// A command used by the tests: `lab start ID [--seed N] [--fast]` echoing what it was given.
let echoLabStart = CommandSpec(
    ["lab", "start"], summary: "start a lab",
    arguments: [ArgumentSpec("ID", "the lab", completion: .ids("lab"))],
    flags: [
        FlagSpec("seed", "the seed", kind: .value(placeholder: "N")),
        FlagSpec("param", "a parameter", kind: .repeated(placeholder: "K=V")),
        FlagSpec("fast", "go fast"),
        FlagSpec("data", "a file", kind: .value(placeholder: "FILE"), completion: .files),
    ]
) { invocation, _ throws(CommandError) in
    CommandOutput([], value: .object([
        "id": .string(invocation.argument(0) ?? ""),
        "seed": .optional(invocation.value("seed")),
        "params": .list(invocation.allValues("param").map(Value.string)),
        "fast": .bool(invocation.has("fast")),
    ]))
}

let echoLabList = CommandSpec(["lab", "list"], summary: "list labs") { _, _ throws(CommandError) in
    CommandOutput([], value: .null)
}

let echoLabSolution = CommandSpec(["lab", "solution"], summary: "show a solution") { _, _ throws(CommandError) in
    CommandOutput([], value: .null)
}
