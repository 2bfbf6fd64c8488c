import Synchronization

/// The learner's Ctrl-C, as a flag that long-running commands poll at safe points.
///
/// A signal handler may only touch lock-free state, so the flag is one process-wide atomic.
public enum Interruption {
    private static let flag = Atomic<Bool>(false)

    /// Marks that an interruption was asked for (safe to call from a signal handler).
    public static func request() {
        flag.store(true, ordering: .relaxed)
    }

    /// Clears the flag before a command starts.
    public static func reset() {
        flag.store(false, ordering: .relaxed)
    }

    /// Whether an interruption was asked for since the last reset.
    public static var isRequested: Bool {
        flag.load(ordering: .relaxed)
    }

    /// Throws `CommandError.interrupted` when an interruption was asked for.
    ///
    /// Commands call this between units of work, before they change any state.
    public static func check() throws(CommandError) {
        if isRequested { throw CommandError.interrupted }
    }
}
