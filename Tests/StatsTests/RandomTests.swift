import Stats
import Testing

@Suite("SeededGenerator")
struct RandomTests {
    @Test("matches an independent Python transcription of SplitMix64 + xoshiro256** and the stream derivation")
    func referenceOutputs() throws {
        let file = try VectorFile.shared()
        #expect(file.random.count >= 6)
        for testCase in file.random {
            let seed = try #require(UInt64(testCase.seed, radix: 16))
            var generator = testCase.stream.map { SeededGenerator(seed: seed, stream: $0) } ?? SeededGenerator(seed: seed)
            for expected in testCase.outputs {
                let value = generator.next()
                #expect(UInt64(expected, radix: 16) == value, "seed \(testCase.seed) stream \(testCase.stream ?? "-")")
            }
            for expected in testCase.uniforms {
                #expect(generator.nextUniform() == expected)
            }
        }
    }

    @Test("the same seed gives the same sequence; different seeds differ")
    func determinism() {
        var first = SeededGenerator(seed: 2024)
        var second = SeededGenerator(seed: 2024)
        var other = SeededGenerator(seed: 2025)
        let a = (0..<100).map { _ in first.next() }
        let b = (0..<100).map { _ in second.next() }
        let c = (0..<100).map { _ in other.next() }
        #expect(a == b)
        #expect(a != c)
    }

    @Test("a named stream equals split from the root and does not depend on draws already made")
    func streamsAreIndependentOfConsumption() {
        let root = SeededGenerator(seed: 9)
        var drained = root
        for _ in 0..<1000 { _ = drained.next() }
        #expect(drained.split("latency") == root.split("latency"))
        #expect(SeededGenerator(seed: 9, stream: "latency") == root.split("latency"))
        #expect(root.split("latency") != root.split("traffic"))
        #expect(root.split("a").split("b") != root.split("b").split("a"))
    }

    @Test("adding a stream never shifts another stream's values")
    func addingStreamsDoesNotShift() {
        var traffic = SeededGenerator(seed: 5, stream: "traffic")
        let before = (0..<20).map { _ in traffic.next() }
        var newStream = SeededGenerator(seed: 5, stream: "new-feature")
        _ = newStream.next()
        var trafficAgain = SeededGenerator(seed: 5, stream: "traffic")
        #expect((0..<20).map { _ in trafficAgain.next() } == before)
    }

    @Test("uniforms lie in [0, 1) on a 2^-53 grid, and the zero-free variant in (0, 1]")
    func uniformRange() {
        var generator = SeededGenerator(seed: 77)
        for _ in 0..<10_000 {
            let u = generator.nextUniform()
            #expect(u >= 0 && u < 1)
            #expect((u * 0x1.0p53).rounded() == u * 0x1.0p53)
            let v = generator.nextUniformExcludingZero()
            #expect(v > 0 && v <= 1)
        }
    }

    @Test("the mean of many uniforms is 1/2 within five standard errors")
    func uniformMean() {
        var generator = SeededGenerator(seed: 31)
        let count = 200_000
        var sum = 0.0
        for _ in 0..<count { sum += generator.nextUniform() }
        let standardError = (1.0 / 12.0 / Double(count)).squareRoot()
        #expect(abs(sum / Double(count) - 0.5) < 5 * standardError)
    }
}
