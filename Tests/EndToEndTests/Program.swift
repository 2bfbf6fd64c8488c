import Foundation

/// The built `mlops-lab` binary, run as a learner would run it.
enum Program {
    /// The binary beside the test bundle (both are built into the same folder).
    static var path: String {
        if let override = ProcessInfo.processInfo.environment["MLOPS_LAB_BINARY"] { return override }
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("mlops-lab").path
    }

    /// What one run printed and how it ended.
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs the program with `arguments`, feeding `input` on standard input; `shell` is run first by
    /// `/bin/sh` in the same process (to set limits such as `ulimit -f 8`).
    static func run(_ arguments: [String], input: [UInt8] = [], environment: [String: String] = [:], shell: String? = nil) throws -> Result {
        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shell + "; exec \"$0\" \"$@\"", path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "MLOPS_LAB_HOME")
        env.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self))
    }

    /// Runs with `lines` piped in, one per line.
    static func pipe(_ lines: [String], arguments: [String] = [], environment: [String: String] = [:], shell: String? = nil) throws -> Result {
        try run(arguments, input: Array((lines.joined(separator: "\n") + "\n").utf8), environment: environment, shell: shell)
    }
}

/// A fresh, empty folder.
func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "mlops-lab-e2e-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
