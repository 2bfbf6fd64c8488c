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
                // Each label's bytes (count, then UTF-8) made once, not once a row.
                let labels = categories.map { category -> [UInt8] in
                    let bytes = Array(category.utf8)
                    return withUnsafeBytes(of: UInt64(bytes.count).littleEndian, Array.init) + bytes
                }
                for code in codes {
                    if code < 0 { encoder.append(UInt64.max) } else { encoder.append(bytes: labels[Int(code)]) }
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
    private static let flushSize = 1 << 16
    /// Room for a full buffer and the largest single write after it (a label's bytes go through
    /// `append(bytes:)`, which flushes first when they would not fit).
    private var buffer = [UInt8](repeating: 0, count: flushSize + 8)
    private var used = 0

    mutating func append(byte: UInt8) {
        buffer[used] = byte
        used += 1
        flushIfFull()
    }

    /// The value's 8 bytes, little-endian.
    mutating func append(_ value: UInt64) {
        let offset = used
        buffer.withUnsafeMutableBytes { $0.storeBytes(of: value.littleEndian, toByteOffset: offset, as: UInt64.self) }
        used += 8
        flushIfFull()
    }

    mutating func append(string: String) {
        let bytes = Array(string.utf8)
        append(UInt64(bytes.count))
        append(bytes: bytes)
    }

    mutating func append(bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        if used + bytes.count > buffer.count { flush() }
        if bytes.count > buffer.count {
            hasher.update(data: bytes)
            return
        }
        let offset = used
        buffer.withUnsafeMutableBytes { buffer in
            bytes.withUnsafeBytes { buffer.baseAddress!.advanced(by: offset).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        }
        used += bytes.count
        flushIfFull()
    }

    private mutating func flushIfFull() {
        if used >= Self.flushSize { flush() }
    }

    private mutating func flush() {
        buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<used])) }
        used = 0
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

