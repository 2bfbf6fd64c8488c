import Glibc

/// Reads a whole file into memory with POSIX calls, refusing files above `maximumSize` bytes.
///
/// Kept to this one file so the rest of the library needs neither Foundation nor the C library's I/O.
func readFileBytes(path: String, maximumSize: Int) throws(ModelingError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
        throw ModelingError(.io, "\(path): cannot open: \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
        throw ModelingError(.io, "\(path): cannot read its size: \(String(cString: strerror(errno)))")
    }
    let size = Int(status.st_size)
    guard size <= maximumSize else {
        throw ModelingError(.capExceeded, "\(path): the file has \(size) bytes; the cap is \(maximumSize) bytes")
    }
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    let failure: Int32 = bytes.withUnsafeMutableBytes { buffer -> Int32 in
        guard let base = buffer.baseAddress else { return 0 }
        while filled < size {
            let got = read(descriptor, base + filled, size - filled)
            if got < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if got == 0 { break }
            filled += got
        }
        return 0
    }
    guard failure == 0 else {
        throw ModelingError(.io, "\(path): read failed: \(String(cString: strerror(failure)))")
    }
    return Array(bytes[0..<filled])
}

/// Writes `bytes` to `path`, replacing the file.
func writeFileBytes(path: String, bytes: [UInt8]) throws(ModelingError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
        throw ModelingError(.io, "\(path): cannot create: \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    var written = 0
    let failure: Int32 = bytes.withUnsafeBytes { buffer -> Int32 in
        guard let base = buffer.baseAddress else { return 0 }
        while written < bytes.count {
            let put = write(descriptor, base + written, bytes.count - written)
            if put < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += put
        }
        return 0
    }
    guard failure == 0 else {
        throw ModelingError(.io, "\(path): write failed: \(String(cString: strerror(failure)))")
    }
}
