import Foundation
import Modeling

/// The digest of the course content in use: SHA-256 over every file under `curriculum/`,
/// `quizzes/` and `labs/`, in path order, each as its relative path, a zero byte, its size in
/// decimal, a zero byte and its bytes. A report carries it so the grader sees whether the learner
/// studied the same content it grades with.
enum ContentDigest {
    /// The digest of the content folder at `path`.
    static func of(folder path: String) -> String {
        var files: [String] = []
        for top in ["curriculum", "quizzes", "labs"] {
            guard let walker = FileManager.default.enumerator(atPath: path + "/" + top) else { continue }
            while let relative = walker.nextObject() as? String {
                var isFolder: ObjCBool = false
                let full = path + "/" + top + "/" + relative
                if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                    files.append(top + "/" + relative)
                }
            }
        }
        var bytes: [UInt8] = []
        for file in files.sorted() {
            let content = FileManager.default.contents(atPath: path + "/" + file).map { Array($0) } ?? []
            bytes += Array(file.utf8) + [0] + Array(String(content.count).utf8) + [0] + content
        }
        return sha256Hex(bytes)
    }

    /// The digest of the session's content, or of no content.
    static func of(_ session: Session) -> String {
        session.content.map { of(folder: $0.path) } ?? sha256Hex([])
    }
}
