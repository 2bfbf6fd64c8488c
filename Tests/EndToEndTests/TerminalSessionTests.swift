import Foundation
import Testing

/// Runs a program with posix_spawn and waits for it; standard error is discarded.
func spawn(_ arguments: [String], captureOutput: Bool) throws -> String {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var pipeEnds: [Int32] = [-1, -1]
    if captureOutput {
        guard pipe(&pipeEnds) == 0 else { throw SpawnError(message: "pipe failed") }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // The test runner may block or ignore signals; the terminal under test must not inherit that.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ) == 0 else {
        throw SpawnError(message: "cannot start \(arguments[0])")
    }
    var output = [UInt8]()
    if captureOutput {
        close(pipeEnds[1])
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            output += buffer[0..<count]
        }
        close(pipeEnds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    return String(decoding: output, as: UTF8.self)
}

struct SpawnError: Error {
    let message: String
}

/// The REPL in a real pseudo-terminal, driven through tmux as a person would type.
struct TmuxSession {
    let socket = "mlops-lab-test-\(UUID().uuidString.prefix(8))"
    let home: String

    init(home: String) throws {
        self.home = home
        try tmux(captureOutput: false, ["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30",
                  "env", "TERM=xterm", "LANG=C.UTF-8", Program.path, "--home", home])
    }

    /// Runs a tmux client and returns what it printed. The command that starts the server must
    /// not capture output: the server inherits the pipe and would hold it open while it runs.
    @discardableResult
    func tmux(captureOutput: Bool = true, _ arguments: [String]) throws -> String {
        try spawn(["/usr/bin/tmux", "-L", socket] + arguments, captureOutput: captureOutput)
    }

    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// The visible screen; tmux trims spaces at the ends of lines.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"])
    }

    /// Waits until the screen satisfies `condition`, up to ten seconds; returns the last screen.
    @discardableResult
    func waitFor(_ condition: (String) -> Bool) throws -> String {
        var last = ""
        for _ in 0..<200 {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        return last
    }

    /// Waits up to ten seconds for the program to leave.
    func waitUntilStopped() throws {
        for _ in 0..<200 {
            if try !isRunning() { return }
            usleep(50_000)
        }
    }

    func isRunning() throws -> Bool {
        try tmux(["list-sessions"]).contains("0:")
    }

    func stop() {
        _ = try? tmux(captureOutput: false, ["kill-server"])
    }
}

@Suite(.serialized) struct TerminalSessionTests {
    static let tmuxAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")

    @Test(.enabled(if: tmuxAvailable, "tmux is not installed; make test installs it"))
    func tabCompletesRecallWorksCtrlCCancelsAndCtrlDLeaves() throws {
        let home = temporaryFolder()
        let session = try TmuxSession(home: home)
        defer { session.stop() }
        var screen = try session.waitFor { $0.contains("mlops-lab>") }
        #expect(screen.contains("type 'help' for the commands"))

        // One candidate: Tab completes the word and adds a space (the cursor moves past it).
        try session.send("sta", "Tab")
        screen = try session.waitFor { $0.contains("mlops-lab> status") }
        #expect(screen.contains("mlops-lab> status"))
        #expect(try session.tmux(["display-message", "-p", "-t", "0", "#{cursor_x}"]) == "\("mlops-lab> status ".count)\n")
        try session.send("Enter")
        screen = try session.waitFor { $0.contains("history  0 of at most") || $0.contains("history  1 of at most") }
        #expect(screen.contains("home     \(home) (--home)"))

        // Several candidates: Tab lists them under the line and keeps what was typed.
        try session.send("config s", "Tab")
        screen = try session.waitFor { $0.contains("set") && $0.contains("show") && $0.contains("unset") == false }
        #expect(screen.contains("set   show"))

        // Ctrl-C throws the half-typed line away and gives a fresh prompt.
        try session.send("C-c")
        screen = try session.waitFor { $0.contains("^C") }
        #expect(screen.contains("^C"))

        // Up recalls the last command; Enter runs it again.
        try session.send("Up")
        screen = try session.waitFor { $0.components(separatedBy: "mlops-lab> status").count >= 3 }
        #expect(screen.components(separatedBy: "mlops-lab> status").count >= 3)
        try session.send("C-u")

        // Ctrl-D on an empty line leaves, and the history is on disk.
        try session.send("C-d")
        try session.waitUntilStopped()
        #expect(try !session.isRunning())
        let history = try String(contentsOfFile: home + "/history", encoding: .utf8)
        #expect(history == "# mlops-lab history v1\nstatus\n")
    }

    @Test(.enabled(if: tmuxAvailable, "tmux is not installed; make test installs it"))
    func historyIsRecalledInTheNextSessionAndExitLeaves() throws {
        let home = temporaryFolder()
        try "# mlops-lab history v1\nversion\nhelp config\n".write(toFile: home + "/history", atomically: true, encoding: .utf8)
        let session = try TmuxSession(home: home)
        defer { session.stop() }
        try session.waitFor { $0.contains("mlops-lab>") }
        try session.send("Up", "Up")
        let screen = try session.waitFor { $0.contains("mlops-lab> version") }
        #expect(screen.contains("mlops-lab> version"))
        try session.send("C-u", "exit", "Enter")
        try session.waitUntilStopped()
        #expect(try !session.isRunning())
        let history = try String(contentsOfFile: home + "/history", encoding: .utf8)
        #expect(history.hasSuffix("help config\nexit\n"))
    }

    @Test(.enabled(if: tmuxAvailable, "tmux is not installed; make test installs it"))
    func nonASCIITextSurvivesTheLineEditor() throws {
        let home = temporaryFolder()
        let session = try TmuxSession(home: home)
        defer { session.stop() }
        try session.waitFor { $0.contains("mlops-lab>") }
        try session.send("-l", "help café")
        try session.send("Enter")
        let screen = try session.waitFor { $0.contains("no command 'café'") }
        #expect(screen.contains("error: no command 'café'"))
    }

    @Test(.enabled(if: tmuxAvailable, "tmux is not installed; make test installs it"))
    func aQuizShowsItsPlaceInThePromptAndQuitEndsIt() throws {
        let home = temporaryFolder()
        let session = try TmuxSession(home: home)
        defer { session.stop() }
        try session.waitFor { $0.contains("mlops-lab>") }
        try session.send("-l", "quiz start production-ml --count 2 --seed 7")
        try session.send("Enter")
        var screen = try session.waitFor { $0.contains("[quiz production-ml · 1/2]>") }
        #expect(screen.contains("mlops-lab [quiz production-ml · 1/2]>"))
        try session.send("skip", "Enter")
        screen = try session.waitFor { $0.contains("[quiz production-ml · 2/2]>") }
        #expect(screen.contains("Question 2 of 2"))
        try session.send("quit", "Enter")
        screen = try session.waitFor { $0.contains("Quiz result") }
        #expect(screen.contains("Score: 0 %"))
        #expect(try session.isRunning())
        try session.send("exit", "Enter")
        try session.waitUntilStopped()
        #expect(try !session.isRunning())
    }
}
