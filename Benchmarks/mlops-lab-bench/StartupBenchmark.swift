import CPseudoTerminal
import Foundation

/// Time from starting the program in a pseudo-terminal to its first prompt.
enum StartupBenchmark {
    /// Runs `binary` in a fresh pseudo-terminal `runs` times and times the first prompt.
    static func toFirstPrompt(binary: String, runs: Int) throws -> Measurement {
        let home = NSTemporaryDirectory() + "mlops-lab-bench-\(getpid())"
        var seconds: [Double] = []
        for _ in 0..<runs {
            seconds.append(try once(binary: binary, home: home))
        }
        try? FileManager.default.removeItem(atPath: home)
        return Measurement(name: "REPL start-up to first prompt", size: "—", seconds: seconds)
    }

    /// Spawn and wait for `python3 -c pass`: the floor a scripting language starts from.
    /// `python` is looked up on PATH; pass the interpreter's own path to keep launcher shims
    /// (pyenv's is a shell script) out of the floor.
    static func pythonFloor(python: String = "python3", runs: Int) -> Measurement? {
        var seconds: [Double] = []
        for _ in 0..<runs {
            let start = now()
            guard let status = try? run(["/usr/bin/env", python, "-c", "pass"]), status == 0 else { return nil }
            seconds.append(now() - start)
        }
        return Measurement(name: "python3 -c pass (floor)", size: "—", seconds: seconds)
    }

    private static func once(binary: String, home: String) throws -> Double {
        var name = [CChar](repeating: 0, count: 256)
        let master = mlops_open_pseudo_terminal(&name, name.count)
        guard master >= 0 else { throw BenchError("cannot open a pseudo-terminal") }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let slave = open(slavePath, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw BenchError("cannot open \(slavePath)") }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        for target in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, slave, target) }
        posix_spawn_file_actions_addclose(&actions, master)
        let arguments = [binary, "--home", home]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm"
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
            posix_spawn_file_actions_destroy(&actions)
            close(master)
        }
        var pid: pid_t = 0
        let start = now()
        guard posix_spawn(&pid, binary, &actions, nil, &argv, &envp) == 0 else {
            close(slave)
            throw BenchError("cannot start \(binary)")
        }
        close(slave)
        var seen = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        let marker = Array("> ".utf8)
        var elapsed = -1.0
        while now() - start < 10 {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            seen += buffer[0..<count]
            if seen.count >= marker.count, Array(seen.suffix(marker.count)) == marker
                || String(decoding: seen, as: UTF8.self).contains("mlops-lab> ") {
                elapsed = now() - start
                break
            }
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        guard elapsed >= 0 else { throw BenchError("no prompt within 10 s; saw: \(String(decoding: seen, as: UTF8.self))") }
        return elapsed
    }

    private static func run(_ arguments: [String]) throws -> Int32 {
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, arguments[0], nil, nil, &argv, environ) == 0 else { throw BenchError("cannot start") }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return (status >> 8) & 0xFF
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
