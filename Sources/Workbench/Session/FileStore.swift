import Foundation

/// Small, safe file operations for the learner's home folder.
public enum FileStore {
    /// Replaces `path` with `text` in one step: a crash leaves the old file or the new, never half.
    /// Writes `text` to `path` as ``writeAtomically(_:to:mode:)`` does, but refuses to replace a
    /// file that exists unless `force` is set.
    public static func writeNew(_ text: String, to path: String, force: Bool, mode: Int = 0o644) throws(CommandError) {
        if !force, FileManager.default.fileExists(atPath: path) {
            throw CommandError("\(path) exists", hint: "give --force to replace it")
        }
        try writeAtomically(text, to: path, mode: mode)
    }

    public static func writeAtomically(_ text: String, to path: String, mode: Int = 0o600) throws(CommandError) {
        try writeAtomically(bytes: Array(text.utf8), to: path, mode: mode)
    }

    /// Replaces `path` with `bytes` in one step: a crash leaves the old file or the new, never half.
    public static func writeAtomically(bytes: [UInt8], to path: String, mode: Int = 0o600) throws(CommandError) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(mode))
        guard descriptor >= 0 else {
            throw CommandError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw CommandError("cannot write \(path): \(reason)")
            }
            written += result
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CommandError("cannot write \(path): \(reason)")
        }
    }

    /// Appends one line to `path`, creating it (mode 0600) if needed.
    public static func appendLine(_ line: String, to path: String) throws(CommandError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CommandError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let bytes = Array((line + "\n").utf8)
        let result = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, bytes.count) }
        guard result == bytes.count else {
            throw CommandError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// The file's text, nil when it does not exist; an error when it cannot be read or is too big.
    public static func read(_ path: String, maximumBytes: Int) throws(CommandError) -> String? {
        guard let bytes = try readBytes(path, maximumBytes: maximumBytes) else { return nil }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CommandError("\(path) is not UTF-8 text")
        }
        return text
    }

    /// The file's bytes, nil when it does not exist; an error when it cannot be read, is a folder or is too big.
    public static func readBytes(_ path: String, maximumBytes: Int) throws(CommandError) -> [UInt8]? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return nil }
            throw CommandError("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        guard status.st_mode & S_IFMT != S_IFDIR else {
            throw CommandError("\(path) is a folder, not a file")
        }
        guard Int(status.st_size) <= maximumBytes else {
            throw CommandError("\(path) is \(status.st_size) bytes, over the limit of \(maximumBytes) bytes")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        return [UInt8](data)
    }
}
