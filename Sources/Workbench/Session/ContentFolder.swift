import Foundation

/// Where the course content (curriculum/, quizzes/, labs/) is read from.
///
/// Chosen by `--content DIR`, else `MLOPS_LAB_CONTENT`, else the installed share folder beside
/// the executable (`PREFIX/share/mlops-lab`), else the repository checkout it was built from.
public struct ContentFolder: Sendable, Equatable {
    /// The folder's absolute path.
    public var path: String
    /// Where the choice came from.
    public var source: String

    /// Creates a content folder value.
    public init(path: String, source: String) {
        self.path = path
        self.source = source
    }

    /// The first candidate that exists; nil when none does.
    public static func locate(
        flag: String?, environment: [String: String], executablePath: String?
    ) throws(CommandError) -> ContentFolder? {
        if let flag {
            guard isContentFolder(flag) else {
                throw CommandError(
                    "--content \(flag) is not a content folder (it needs curriculum/, quizzes/ or labs/ inside)",
                    kind: .usage)
            }
            return ContentFolder(path: absolute(flag), source: "--content")
        }
        if let value = environment["MLOPS_LAB_CONTENT"], !value.isEmpty {
            guard isContentFolder(value) else {
                throw CommandError(
                    "MLOPS_LAB_CONTENT=\(value) is not a content folder (it needs curriculum/, quizzes/ or labs/ inside)")
            }
            return ContentFolder(path: absolute(value), source: "MLOPS_LAB_CONTENT")
        }
        if let executablePath {
            let prefix = URL(fileURLWithPath: executablePath).deletingLastPathComponent().deletingLastPathComponent()
            let installed = prefix.appendingPathComponent("share/mlops-lab").path
            if isContentFolder(installed) { return ContentFolder(path: installed, source: "installed") }
        }
        let checkout = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        if isContentFolder(checkout) { return ContentFolder(path: checkout, source: "checkout") }
        return nil
    }

    private static func isContentFolder(_ path: String) -> Bool {
        ["curriculum", "quizzes", "labs"].contains { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}
