import Foundation
import Testing
@testable import Console
@testable import Workbench

/// A fresh, empty folder under the system's temporary folder.
func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "mlops-lab-console-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// A session on a fresh home folder.
func makeSession(home: String = temporaryFolder(), extra: [CommandSpec] = []) throws -> Session {
    var registry = Builtins.registry()
    for spec in extra { registry.register(spec) }
    return try Session(registry: registry, launch: LaunchContext(homeFlag: home, environment: [:]))
}

/// A plain 80-column terminal, as in a pipe.
let plainTerminal = TerminalInfo(inputIsTerminal: false, outputIsTerminal: false, fancy: false, width: 80)

/// Compares `text` with the golden file `Snapshots/NAME`; `MLOPS_LAB_RECORD_SNAPSHOTS=1` rewrites it.
func expectSnapshot(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name)").path
    if ProcessInfo.processInfo.environment["MLOPS_LAB_RECORD_SNAPSHOTS"] == "1" {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text == expected, "differs from Snapshots/\(name); re-record with MLOPS_LAB_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
}
