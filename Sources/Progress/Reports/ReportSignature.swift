import Crypto
import Foundation

/// An Ed25519 signature over a report's canonical bytes, with the public key that checks it.
public struct ReportSignature: Sendable, Equatable {
    /// Always `Ed25519`.
    public static let algorithm = "Ed25519"

    /// The 32-byte raw public key, base64.
    public var publicKey: String
    /// `SHA256:` and the unpadded base64 of SHA-256 of the raw public key, as OpenSSH prints keys.
    public var fingerprint: String
    /// The 64-byte signature, base64.
    public var value: String

    public init(publicKey: String, fingerprint: String, value: String) {
        self.publicKey = publicKey
        self.fingerprint = fingerprint
        self.value = value
    }

    /// The fingerprint of a raw public key.
    public static func fingerprint(of publicKey: [UInt8]) -> String {
        var text = Data(SHA256.hash(data: publicKey)).base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return "SHA256:" + text
    }

    /// Why the signature does not hold for `message`, or nil when it does.
    public func problem(for message: [UInt8]) -> String? {
        guard let raw = Data(base64Encoded: publicKey), raw.count == 32,
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
        else { return "the signature's public key is not 32 bytes of base64" }
        guard fingerprint == Self.fingerprint(of: Array(raw)) else {
            return "the signature's fingerprint \(fingerprint) is not that of its public key"
        }
        guard let signature = Data(base64Encoded: value), signature.count == 64 else {
            return "the signature is not 64 bytes of base64"
        }
        guard key.isValidSignature(signature, for: message) else {
            return "the signature does not match the report: it was changed after it was signed, or signed by another key"
        }
        return nil
    }
}
