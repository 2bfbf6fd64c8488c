import Crypto
import Foundation

/// The key this machine signs reports with: Ed25519, made on first use and kept in the home folder
/// with user-only permissions.
///
/// The file holds one line, the base64 of the 32-byte private key. It proves which installation
/// exported a report, not who did the work (see SECURITY.md).
public struct ReportSigningKey: Sendable {
    /// The raw private key (the key type itself is not `Sendable`).
    private let raw: [UInt8]
    /// The raw public key.
    public let publicKey: [UInt8]

    init(key: Curve25519.Signing.PrivateKey) {
        self.raw = Array(key.rawRepresentation)
        self.publicKey = Array(key.publicKey.rawRepresentation)
    }

    /// The public key's fingerprint, `SHA256:…`.
    public var fingerprint: String { ReportSignature.fingerprint(of: publicKey) }

    /// The key whose 32 raw private bytes are `raw`.
    public init(rawPrivateKey raw: [UInt8]) throws(ProgressError) {
        guard raw.count == 32, let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw ProgressError(.signingKey, "an Ed25519 private key is 32 bytes, not \(raw.count)")
        }
        self.init(key: key)
    }

    /// Signs `message`.
    public func sign(_ message: [UInt8]) throws(ProgressError) -> ReportSignature {
        let signature: Data
        do {
            signature = try Curve25519.Signing.PrivateKey(rawRepresentation: raw).signature(for: message)
        } catch {
            throw ProgressError(.signingKey, "could not sign the report: \(error)")
        }
        return ReportSignature(
            publicKey: Data(publicKey).base64EncodedString(), fingerprint: fingerprint,
            value: signature.base64EncodedString())
    }

    /// The key in `path`, made (mode 0600, created exclusively) when the file does not exist.
    public static func loadOrCreate(path: String) throws(ProgressError) -> ReportSigningKey {
        if FileManager.default.fileExists(atPath: path) { return try load(path: path) }
        let key = Curve25519.Signing.PrivateKey()
        let text = key.rawRepresentation.base64EncodedString() + "\n"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { return try load(path: path) }
            throw ProgressError(.signingKey, "cannot create the signing key \(path): \(String(cString: strerror(code))): check that the home folder is writable")
        }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw ProgressError(.signingKey, "cannot write the signing key \(path): \(reason): check that the disk is not full")
        }
        return ReportSigningKey(key: key)
    }

    /// The key in `path`; refuses a file others may read or one that does not hold a key.
    public static func load(path: String) throws(ProgressError) -> ReportSigningKey {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw ProgressError(.signingKey, "cannot read the signing key \(path): \(String(cString: strerror(errno)))")
        }
        if status.st_mode & 0o077 != 0 {
            throw ProgressError(.signingKey, "the signing key \(path) can be read by other users (mode \(String(status.st_mode & 0o777, radix: 8))): run 'chmod 600 \(path)'")
        }
        guard status.st_size <= 1024, let data = FileManager.default.contents(atPath: path) else {
            throw ProgressError(.signingKey, "cannot read the signing key \(path): it is not a key file")
        }
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let raw = Data(base64Encoded: text), raw.count == 32, let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw ProgressError(.signingKey, "the signing key \(path) does not hold a key (one line of base64, 32 bytes): move it aside and a new one is made")
        }
        return ReportSigningKey(key: key)
    }
}
