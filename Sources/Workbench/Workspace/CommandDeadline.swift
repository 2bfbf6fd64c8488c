import Foundation

/// The wall-clock limit on one sandbox command (`sandbox.command-seconds`), polled between units
/// of work like Ctrl-C. Replaying a transcript has no limit: a command that finished once must
/// finish again, however slow the machine.
struct CommandDeadline {
    let seconds: Int
    private let end: Double?

    init(session: Session) {
        seconds = Int(session.settings.value("sandbox.command-seconds")) ?? 300
        let replaying = session.openSandbox?.replaying != nil
        end = replaying ? nil : Date().timeIntervalSince1970 + Double(seconds)
    }

    var passed: Bool {
        guard let end else { return false }
        return Date().timeIntervalSince1970 > end
    }

    var error: CommandError {
        CommandError(
            "the command ran over the \(seconds) s a sandbox command may take and stopped; nothing changed",
            hint: "make the work smaller (fewer days, fewer trees), or raise the limit: config set sandbox.command-seconds N")
    }
}
