/// `file://` URIs for the store's artifact locations, spelled as MLflow spells them.
///
/// MLflow writes `pathlib.Path(path).as_uri()`: every byte outside `A–Z a–z 0–9 _ . - ~ /` of
/// the UTF-8 path is percent-encoded, and `local_file_uri_to_path` decodes it again on reading.
enum MLflowFileURI {
    /// The URI of the absolute path made of `root` and `segments`.
    static func uri(root: String, _ segments: [String]) -> String {
        var path = root == "/" ? "" : root
        for segment in segments { path += "/" + segment }
        return "file://" + encoded(path)
    }

    private static func encoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            if isUnreserved(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "_.-~/".utf8.contains(byte)
        }
    }
}
