import Crypto
import Foundation

extension Dataset {
    /// SHA-256 of the dataset's canonical encoding, as 64 lowercase hex digits.
    ///
    /// Equal hashes mean equal names, types and values in the same order; roles are not hashed
    /// (choosing a different target does not change the data). The encoding, all integers
    /// little-endian:
    ///
    /// - the ASCII bytes `MLDS1`, then the column count and row count as UInt64;
    /// - per column: the name as UInt64 byte count + UTF-8 bytes, one type byte
    ///   (numeric 1, categorical 2, boolean 3, timestamp 4), then one entry per row:
    ///   - numeric: the UInt64 bit pattern, every NaN written as 0x7FF8000000000000 and −0.0 kept;
    ///   - categorical: the label as UInt64 byte count + UTF-8 bytes, missing as count 2^64−1
    ///     (so the hash does not depend on the dictionary codes);
    ///   - boolean: one byte, 0 false, 1 true, 2 missing;
    ///   - timestamp: one byte 1 then the Int64 seconds, or one byte 0 for missing.
    public var contentHash: String {
        contentHashMemo.value { computeContentHash() }
    }

    private func computeContentHash() -> String {
        var encoder = CanonicalEncoder()
        encoder.append(bytes: Array("MLDS1".utf8))
        encoder.append(UInt64(columns.count))
        encoder.append(UInt64(rowCount))
        for column in columns {
            encoder.append(string: column.name)
            switch column.values {
            case .numeric(let values):
                encoder.append(byte: 1)
                for value in values { encoder.append(value.isNaN ? canonicalNaNBits : value.bitPattern) }
            case .categorical(let codes, let categories):
                encoder.append(byte: 2)
                for code in codes {
                    if code < 0 { encoder.append(UInt64.max) } else { encoder.append(string: categories[Int(code)]) }
                }
            case .boolean(let values):
                encoder.append(byte: 3)
                for value in values { encoder.append(byte: value.map { $0 ? 1 : 0 } ?? 2) }
            case .timestamp(let values):
                encoder.append(byte: 4)
                for value in values {
                    if let value {
                        encoder.append(byte: 1)
                        encoder.append(UInt64(bitPattern: value))
                    } else {
                        encoder.append(byte: 0)
                    }
                }
            }
        }
        return encoder.finish()
    }
}

private let canonicalNaNBits: UInt64 = 0x7FF8_0000_0000_0000

/// Feeds bytes to SHA-256 through a fixed buffer, so hashing a large column makes no per-value call.
private struct CanonicalEncoder {
    private var hasher = SHA256()
    private var buffer: [UInt8] = []
    private let flushSize = 1 << 16

    init() { buffer.reserveCapacity(flushSize + 64) }

    mutating func append(byte: UInt8) {
        buffer.append(byte)
        flushIfFull()
    }

    mutating func append(_ value: UInt64) {
        var remaining = value
        for _ in 0..<8 {
            buffer.append(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
        flushIfFull()
    }

    mutating func append(string: String) {
        let bytes = Array(string.utf8)
        append(UInt64(bytes.count))
        append(bytes: bytes)
    }

    mutating func append(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        flushIfFull()
    }

    private mutating func flushIfFull() {
        if buffer.count >= flushSize { flush() }
    }

    private mutating func flush() {
        hasher.update(data: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func finish() -> String {
        flush()
        return hexDigits(hasher.finalize())
    }
}

/// SHA-256 of `bytes` as 64 lowercase hex digits: the id of anything stored by content.
public func sha256Hex(_ bytes: [UInt8]) -> String {
    hexDigits(SHA256.hash(data: bytes))
}

private func hexDigits(_ digest: SHA256.Digest) -> String {
    let digits: [Character] = Array("0123456789abcdef")
    var text = ""
    for byte in digest {
        text.append(digits[Int(byte >> 4)])
        text.append(digits[Int(byte & 0x0F)])
    }
    return text
}

/// A dataset's content hash, worked out at most once and shared by its copies.
final class ContentHashMemo: @unchecked Sendable {
    // Guarded by `lock`.
    private var hash: String?
    private let lock = NSLock()

    func value(_ compute: () -> String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let hash { return hash }
        let computed = compute()
        hash = computed
        return computed
    }
}

