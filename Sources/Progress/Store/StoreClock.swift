import Foundation

/// Where the store reads the time it stamps on learners it creates; tests pass a fixed clock.
///
/// Events carry their own time (``NewEvent/at``), chosen by the caller.
public struct StoreClock: Sendable {
    /// Returns the current time in milliseconds since 1970-01-01T00:00:00Z.
    public let now: @Sendable () -> Int64

    /// Makes a clock from a function returning epoch milliseconds.
    public init(now: @escaping @Sendable () -> Int64) {
        self.now = now
    }

    /// The wall clock.
    public static let system = StoreClock { Int64((Date().timeIntervalSince1970 * 1000).rounded(.down)) }

    /// A clock that always reads `milliseconds`.
    public static func fixed(_ milliseconds: Int64) -> StoreClock {
        StoreClock { milliseconds }
    }
}
