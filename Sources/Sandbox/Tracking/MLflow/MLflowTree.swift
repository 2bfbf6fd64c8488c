/// Collects an export's folders and files, refusing any layout that could not be written safely.
///
/// Paths are built from segments, never by pasting strings, and every segment is checked here:
/// whatever a name contains, nothing lands outside the root or on top of another entry.
struct MLflowTree {
    /// The longest file name that common file systems accept, in bytes.
    static let maximumSegmentBytes = 255

    private var directories: Set<[String]> = []
    private var files: [[String]: [UInt8]] = [:]

    /// Adds a folder (and its parents).
    mutating func directory(_ path: [String]) throws(SandboxError) {
        for segment in path { try Self.check(segment, in: path) }
        for end in path.indices { directories.insert(Array(path[...end])) }
    }

    /// Adds a file (and the folders above it).
    mutating func file(_ path: [String], _ bytes: [UInt8]) throws(SandboxError) {
        guard !path.isEmpty else { throw SandboxError("an MLflow export file needs a name") }
        try directory(Array(path.dropLast()))
        try Self.check(path[path.count - 1], in: path)
        guard files[path] == nil else {
            throw SandboxError("two files would be written at '\(Self.joined(path))'", hint: Self.renameHint)
        }
        files[path] = bytes
    }

    /// Adds a text file, UTF-8.
    mutating func file(_ path: [String], text: String) throws(SandboxError) {
        try file(path, Array(text.utf8))
    }

    /// The sorted folders and files, once no path is both a file and a folder.
    func export() throws(SandboxError) -> MLflowExport {
        if let clash = files.keys.filter({ directories.contains($0) }).map(Self.joined).min(by: Self.precedes) {
            throw SandboxError("'\(clash)' would be both a file and a folder", hint: Self.renameHint)
        }
        let folders = directories.map(Self.joined).sorted(by: Self.precedes)
        let entries = files.map { MLflowExport.File(relativePath: Self.joined($0.key), bytes: $0.value) }
        return MLflowExport(directories: folders, files: entries.sorted { Self.precedes($0.relativePath, $1.relativePath) })
    }

    private static func check(_ segment: String, in path: [String]) throws(SandboxError) {
        let bytes = segment.utf8
        let safe = !bytes.isEmpty && segment != "." && segment != ".." && !bytes.contains(0x2F) && !bytes.contains(0)
        guard safe else {
            throw SandboxError("'\(segment)' cannot be a file or folder name (in '\(joined(path))')", hint: renameHint)
        }
        guard bytes.count <= maximumSegmentBytes else {
            throw SandboxError(
                "a name in '\(joined(path))' is \(bytes.count) bytes long; file systems take at most \(maximumSegmentBytes)",
                hint: renameHint)
        }
    }

    private static let renameHint = "rename the key, artifact or model so that each maps to its own file"

    private static func joined(_ path: [String]) -> String { path.joined(separator: "/") }

    /// Byte order, so the listing does not depend on the locale; a parent precedes its children.
    private static func precedes(_ left: String, _ right: String) -> Bool {
        left.utf8.lexicographicallyPrecedes(right.utf8)
    }
}
