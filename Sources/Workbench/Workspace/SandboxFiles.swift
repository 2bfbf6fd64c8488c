import Foundation
import Modeling

/// The files a sandbox command reads: from disk when the learner runs it, recording a hash of
/// each; from the copies kept beside the transcript when the command is replayed.
///
/// A confined sandbox (a lab's) reads inside its folder only: absolute paths, `..` and symlinks
/// that lead out are refused.
final class SandboxFiles {
    /// The largest file a sandbox command reads.
    static let maximumBytes = 512 * 1024 * 1024

    private enum Source {
        case disk(confinedTo: String?)
        case kept(hashes: [String: String], folder: String)
    }

    private let source: Source
    /// Path as given → (hash, bytes), for every file read so far.
    private(set) var read: [String: (hash: String, bytes: [UInt8])] = [:]

    private init(_ source: Source) {
        self.source = source
    }

    /// Files read from disk, relative to the working folder or, when confined, to `confinedTo`.
    static func live(confinedTo folder: String? = nil) -> SandboxFiles {
        SandboxFiles(.disk(confinedTo: folder))
    }

    /// Files a transcript entry recorded, read back from `folder` by hash.
    static func kept(_ hashes: [String: String], in folder: String) -> SandboxFiles {
        SandboxFiles(.kept(hashes: hashes, folder: folder))
    }

    /// The bytes of `path`, or an error that names it.
    func bytes(_ path: String) throws(CommandError) -> [UInt8] {
        if let known = read[path] { return known.bytes }
        let bytes: [UInt8]
        switch source {
        case .disk(let confinedTo):
            let resolved = try Self.resolve(path, confinedTo: confinedTo)
            guard let found = try FileStore.readBytes(resolved, maximumBytes: Self.maximumBytes) else {
                throw CommandError("cannot read \(path): no such file")
            }
            bytes = found
        case .kept(let hashes, let folder):
            guard let hash = hashes[path],
                let found = try FileStore.readBytes(folder + "/" + hash, maximumBytes: Self.maximumBytes),
                sha256Hex(found) == hash
            else {
                throw CommandError("the sandbox's copy of \(path) is missing or changed", hint: "start afresh with 'sandbox reset'")
            }
            bytes = found
        }
        read[path] = (sha256Hex(bytes), bytes)
        return bytes
    }

    /// The text of `path` (UTF-8), or an error that names it.
    func text(_ path: String) throws(CommandError) -> String {
        guard let text = String(validating: try bytes(path), as: UTF8.self) else {
            throw CommandError("\(path) is not UTF-8 text")
        }
        return text
    }

    /// `path` inside `folder`, refusing anything that leads out of it.
    static func resolve(_ path: String, confinedTo folder: String?) throws(CommandError) -> String {
        guard let folder else { return path }
        let hint = "paths in a lab stay inside its workspace (\(folder))"
        guard !path.hasPrefix("/"), !path.hasPrefix("~") else {
            throw CommandError("\(path) is outside the workspace: absolute paths are not allowed here", hint: hint)
        }
        guard !path.split(separator: "/").contains("..") else {
            throw CommandError("\(path) is outside the workspace: '..' is not allowed here", hint: hint)
        }
        let joined = folder + "/" + path
        // A symlink may still point out; compare where the path, or for a file still to be
        // written the nearest folder above it that exists, really leads.
        var existing = joined
        while access(existing, F_OK) != 0, let slash = existing.lastIndex(of: "/"), existing.count > folder.count {
            existing = String(existing[..<slash])
        }
        if let real = realpath(existing, nil), let root = realpath(folder, nil) {
            defer { free(real); free(root) }
            let target = String(cString: real)
            let base = String(cString: root)
            guard target == base || target.hasPrefix(base + "/") else {
                throw CommandError("\(path) is outside the workspace: it leads to \(target)", hint: hint)
            }
        }
        return joined
    }
}
