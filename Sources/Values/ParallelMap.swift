import Dispatch

/// `body(0)`, `body(1)`, … `body(count − 1)` computed on all cores, returned in index order: the
/// same array a serial `map` gives, as long as `body` reads shared state only.
public func parallelMap<Result>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
    let slots = Slots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        slots[index] = body(index)
    }
    return slots.storage.map { $0! }
}

/// Slots that concurrent workers fill, one each.
private final class Slots<Value>: @unchecked Sendable {
    // Safe because every worker writes only its own index, and reads happen after all finish.
    var storage: [Value?]

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    subscript(index: Int) -> Value? {
        get { storage[index] }
        set { storage.withUnsafeMutableBufferPointer { $0[index] = newValue } }
    }
}
