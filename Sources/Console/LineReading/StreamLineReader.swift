import Foundation
import Workbench

/// Reads lines from a file descriptor (a pipe or a file), with no prompt and no editing.
///
/// Lines end at `\n`; a line longer than `InputLine.maximumBytes` is reported as overlong
/// without being held in memory.
public final class StreamLineReader: LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private var interrupted = false

    /// A reader over `descriptor`.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line, ignoring `prompt`.
    public func readLine(prompt: String) -> LineEvent {
        var overlongLength = 0
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                compact()
                if overlongLength > 0 { return .overlong(length: overlongLength + line.count) }
                return .line(line)
            }
            if buffer.count - start > InputLine.maximumBytes {
                // Keep only the count of an over-long line, not its bytes.
                overlongLength += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if finished {
                guard start < buffer.count || overlongLength > 0 else { return .endOfInput }
                let line = Array(buffer[start...])
                buffer.removeAll()
                start = 0
                if overlongLength > 0 { return .overlong(length: overlongLength + line.count) }
                return .line(line)
            }
            fill()
            if interrupted {
                interrupted = false
                return .interrupted
            }
        }
    }

    /// Pipes have no recall.
    public func remember(_ line: String) {}

    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR {
                // Ctrl-C while waiting for input stops the reading; other signals do not.
                if Interruption.isRequested {
                    interrupted = true
                    return
                }
                continue
            }
            if count <= 0 {
                finished = true
                return
            }
            buffer.append(contentsOf: chunk[0..<count])
            return
        }
    }

    private func compact() {
        if start > 65_536 {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
