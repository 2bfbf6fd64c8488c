import Stats
import Testing

@Suite("Radix sort")
struct RadixSortTests {
    private func randomValues(count: Int, seed: UInt64) -> [Double] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let u = generator.nextUniform()
            switch generator.next() % 10 {
            case 0: return -u * 1e300
            case 1: return u * 0x1.0p-1030  // subnormal
            case 2: return Double(generator.next() % 5)  // ties
            default: return (u - 0.5) * 1000
            }
        }
    }

    @Test("agrees with the standard library sort", arguments: [0, 1, 2, 17, 511, 512, 513, 5000, 100_000])
    func matchesStandardSort(count: Int) {
        let values = randomValues(count: count, seed: UInt64(count))
        #expect(radixSorted(values) == values.sorted())
    }

    @Test("orders infinities and signed zeros; puts NaN last")
    func specialValues() {
        var values: [Double] = []
        for index in 0..<1000 {
            values.append(Double(index % 7) - 3)
        }
        values += [.infinity, -.infinity, .nan, -0.0, 0.0, -.nan, .greatestFiniteMagnitude, -.leastNonzeroMagnitude]
        let sorted = radixSorted(values)
        #expect(sorted.count == values.count)
        #expect(sorted.first == -.infinity)
        #expect(sorted[sorted.count - 3] == .infinity)
        #expect(sorted.suffix(2).allSatisfy { $0.isNaN })
        let finite = Array(sorted.dropLast(2))
        #expect(zip(finite, finite.dropFirst()).allSatisfy { $0 <= $1 })
        let zeros = finite.filter { $0 == 0 }
        #expect(zeros.first?.sign == .minus, "−0.0 sorts before +0.0")
        #expect(finite.filter { $0.isNaN }.isEmpty)
    }

    @Test("already sorted, reversed and constant inputs")
    func structuredInputs() {
        let ascending = (0..<3000).map { Double($0) * 0.5 - 100 }
        #expect(radixSorted(ascending) == ascending)
        #expect(radixSorted(ascending.reversed()) == ascending)
        let constant = [Double](repeating: 4.25, count: 2000)
        #expect(radixSorted(constant) == constant)
        var inPlace = Array(ascending.reversed())
        radixSort(&inPlace)
        #expect(inPlace == ascending)
    }
}
