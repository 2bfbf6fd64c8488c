import Foundation

/// The learner's folder for progress, history, keys and sandboxes.
///
/// Chosen by `--home`, else `MLOPS_LAB_HOME`, else `$XDG_DATA_HOME/mlops-lab`, else
/// `~/.local/share/mlops-lab`; created on first use, readable by the learner only.
public struct HomeFolder: Sendable, Equatable {
    /// The folder's absolute path.
    public var path: String
    /// Where the choice came from: `--home`, `MLOPS_LAB_HOME`, `XDG_DATA_HOME` or `default`.
    public var source: String

    /// Creates a home folder value (nothing is touched on disk).
    public init(path: String, source: String) {
        self.path = path
        self.source = source
    }

    /// The folder the flag and environment select.
    public static func resolve(flag: String?, environment: [String: String]) throws(CommandError) -> HomeFolder {
        if let flag, !flag.isEmpty { return HomeFolder(path: absolute(flag), source: "--home") }
        if let value = environment["MLOPS_LAB_HOME"], !value.isEmpty {
            return HomeFolder(path: absolute(value), source: "MLOPS_LAB_HOME")
        }
        if let value = environment["XDG_DATA_HOME"], value.hasPrefix("/") {
            return HomeFolder(path: value + "/mlops-lab", source: "XDG_DATA_HOME")
        }
        guard let user = environment["HOME"], user.hasPrefix("/") else {
            throw CommandError(
                "no home folder: HOME is not set",
                hint: "give one with --home DIR or set MLOPS_LAB_HOME")
        }
        return HomeFolder(path: user + "/.local/share/mlops-lab", source: "default")
    }

    /// A path inside the folder.
    public func file(_ name: String) -> String { path + "/" + name }

    /// Creates the folder if needed (mode 0700) and checks that it can be read and written.
    public func prepare() throws(CommandError) {
        let hint = "choose a folder you can write with --home DIR or MLOPS_LAB_HOME"
        var status = stat()
        if stat(path, &status) != 0 {
            do {
                try FileManager.default.createDirectory(
                    atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw CommandError("cannot create the home folder \(path): \(FileProblem.reason(error))", hint: hint)
            }
        } else if status.st_mode & S_IFMT != S_IFDIR {
            throw CommandError("the home folder \(path) is not a folder", hint: hint)
        }
        guard access(path, R_OK | W_OK | X_OK) == 0 else {
            throw CommandError("cannot use the home folder \(path): \(String(cString: strerror(errno)))", hint: hint)
        }
    }

    private static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            return home + path.dropFirst()
        }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}

/// Turns file-system errors into short reasons a learner can read.
enum FileProblem {
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        switch nsError.code {
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or folder"
        case NSFileWriteOutOfSpaceError: return "no space left on the device"
        default: return nsError.localizedDescription
        }
    }
}
