import Foundation
import Testing
import Values
@testable import Progress

/// The pieces of a signed report against what independent implementations make of the same input
/// (Python's json, `cryptography`'s Ed25519, `uuid.uuid5`, `datetime`), from
/// `scripts/vectors/make_report_vectors.py`.
struct ReportVectorTests {
    static let vectors: Value = {
        guard let url = Bundle.module.url(forResource: "reports", withExtension: "json", subdirectory: "Vectors"),
            let data = try? Data(contentsOf: url), let value = try? JSONReader().parse(Array(data))
        else { return .null }
        return value
    }()

    @Test func canonicalJSONIsPythonsSortedCompactDump() throws {
        let cases = try #require(Self.vectors["canonical"]?.listValue)
        #expect(cases.count == 300)
        for (index, item) in cases.enumerated() {
            let json = try #require(item["json"]?.stringValue)
            let expected = try #require(item["canonical"]?.stringValue)
            let value = try JSONReader().parse(json)
            #expect(CanonicalJSON.string(value) == expected, "case \(index): \(json)")
        }
    }

    @Test func signaturesAreThoseOfAnIndependentEd25519() throws {
        let cases = try #require(Self.vectors["ed25519"]?.listValue)
        #expect(cases.count == 12)
        for item in cases {
            let privateKey = try #require(item["privateKey"]?.stringValue.flatMap { Data(base64Encoded: $0) })
            let message = Array(try #require(item["message"]?.stringValue).utf8)
            let key = try ReportSigningKey(rawPrivateKey: Array(privateKey))
            #expect(Data(key.publicKey).base64EncodedString() == item["publicKey"]?.stringValue)
            #expect(key.fingerprint == item["fingerprint"]?.stringValue)
            let theirs = ReportSignature(
                publicKey: try #require(item["publicKey"]?.stringValue), fingerprint: try #require(item["fingerprint"]?.stringValue),
                value: try #require(item["signature"]?.stringValue))
            #expect(theirs.problem(for: message) == nil)
            // Ed25519 is deterministic: our signature of the same message is the same bytes.
            #expect(try key.sign(message) == theirs)
            var changed = message
            changed[changed.count / 2] ^= 0x01
            #expect(theirs.problem(for: changed) != nil)
        }
    }

    @Test func statementIDsAreVersion5UUIDs() throws {
        let cases = try #require(Self.vectors["uuid5"]?.listValue)
        #expect(cases.count > 40)
        for item in cases {
            #expect(XAPIStatements.uuid(name: try #require(item["name"]?.stringValue)) == item["uuid"]?.stringValue)
        }
    }

    @Test func timesAreISO8601InUTC() throws {
        let cases = try #require(Self.vectors["iso8601"]?.listValue)
        #expect(cases.count == 70)
        for item in cases {
            let ms = Int64(try #require(item["ms"]?.intValue))
            #expect(UTCTime.iso8601(milliseconds: ms) == item["iso"]?.stringValue, "\(ms)")
        }
    }

    @Test func durationsHaveAtMostTwoDecimals() {
        #expect(UTCTime.duration(seconds: 0) == "PT0S")
        #expect(UTCTime.duration(seconds: 12) == "PT12S")
        #expect(UTCTime.duration(seconds: 12.5) == "PT12.5S")
        #expect(UTCTime.duration(seconds: 12.345) == "PT12.35S")
        #expect(UTCTime.duration(seconds: 0.05) == "PT0.05S")
        #expect(UTCTime.duration(seconds: -3) == "PT0S")
        #expect(UTCTime.duration(seconds: .nan) == "PT0S")
    }
}
