import Dispatch

/// Runs `body` over the rows `0..<rows` in chunks of 8,192, on all cores when there are at least
/// two chunks. Each chunk must read shared inputs and write only its own rows, so the outcome is
/// the serial one on any number of cores.
public func forEachRowChunk(_ rows: Int, _ body: @Sendable (Range<Int>) -> Void) {
    let chunk = 8192
    guard rows >= 2 * chunk else {
        body(0..<rows)
        return
    }
    DispatchQueue.concurrentPerform(iterations: (rows + chunk - 1) / chunk) { index in
        body(index * chunk..<min(rows, (index + 1) * chunk))
    }
}
