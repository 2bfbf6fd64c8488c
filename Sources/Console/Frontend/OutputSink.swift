import Foundation

/// Where text goes: a file descriptor, or a buffer in tests.
public protocol OutputSink: AnyObject {
    /// Writes `text` as is.
    func write(_ text: String)
}

/// Writes straight to a file descriptor (1 for standard output, 2 for standard error).
public final class FileDescriptorSink: OutputSink {
    private let descriptor: Int32

    /// A sink for `descriptor`.
    public init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Writes all of `text`, retrying after interrupted or partial writes.
    public func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}

/// Collects text in memory.
public final class BufferSink: OutputSink {
    /// Everything written so far.
    public private(set) var text = ""

    /// An empty buffer.
    public init() {}

    /// Appends `text`.
    public func write(_ text: String) {
        self.text += text
    }
}
