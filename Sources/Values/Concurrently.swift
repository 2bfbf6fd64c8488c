import Dispatch

/// A value computed on another thread while the caller goes on; `value()` waits for it.
///
/// For work whose inputs are fixed when it starts (the next chunk of traffic, a scenario's card
/// population: each drawn from its own random stream), computing it meanwhile gives the same value
/// as computing it when needed.
public final class Concurrently<Value: Sendable, Failure: Error>: @unchecked Sendable {
    // Written once by the worker before it signals, read only after the wait.
    private var result: Result<Value, Failure>?
    private let done = DispatchSemaphore(value: 0)

    public init(_ body: @escaping @Sendable () throws(Failure) -> Value) {
        DispatchQueue.global().async {
            do throws(Failure) {
                self.result = .success(try body())
            } catch {
                self.result = .failure(error)
            }
            self.done.signal()
        }
    }

    /// The value, once computed (or the error that stopped it).
    public func value() throws(Failure) -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
