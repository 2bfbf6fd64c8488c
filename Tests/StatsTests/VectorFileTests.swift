import Stats
import Testing

@Suite("Reference vector file")
struct VectorFileTests {
    @Test("the JSON reader reproduces numpy's doubles bit for bit")
    func bitExactDecoding() throws {
        let file = try VectorFile.shared()
        #expect(file.bitChecks.count >= 5)
        for check in file.bitChecks {
            let bits = String(check.value.bitPattern, radix: 16)
            let padded = String(repeating: "0", count: 16 - bits.count) + bits
            #expect(padded == check.bits, "\(check.value) decoded to bits \(padded), numpy wrote \(check.bits)")
        }
    }

    @Test("every referenced sample exists and scales to doubles")
    func samplesResolve() throws {
        let file = try VectorFile.shared()
        for testCase in file.ksTwoSample {
            #expect(try !file.values(testCase.a).isEmpty)
            #expect(try !file.values(testCase.b).isEmpty)
        }
        #expect(throws: VectorLoadError.self) { try file.values("no-such-sample") }
    }
}
