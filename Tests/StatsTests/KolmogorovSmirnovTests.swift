import Stats
import Testing

@Suite("Two-sample Kolmogorov–Smirnov test")
struct KolmogorovSmirnovTests {
    @Test("statistic, p-value and method match scipy.stats.ks_2samp on stored samples")
    func matchesScipy() throws {
        let file = try VectorFile.shared()
        #expect(file.ksTwoSample.count >= 20)
        for testCase in file.ksTwoSample {
            let label = "\(testCase.a) vs \(testCase.b)"
            let result = try KolmogorovSmirnov.twoSample(
                sortedReference: file.sortedValues(testCase.a), sortedCurrent: file.sortedValues(testCase.b))
            #expect(result.statistic == testCase.statistic.value, "\(label): D \(result.statistic) vs \(testCase.statistic)")
            expectClose(result.pValue, testCase.pvalue.value, label)
            #expect(result.method.rawValue == testCase.method, "\(label): method \(result.method)")
        }
    }

    @Test("the unsorted entry point sorts and agrees with the sorted one")
    func unsortedEntryPoint() throws {
        let file = try VectorFile.shared()
        let a = try file.values("n3000")
        let b = try file.values("n2000shift")
        let sorted = try KolmogorovSmirnov.twoSample(sortedReference: a.sorted(), sortedCurrent: b.sorted())
        #expect(try KolmogorovSmirnov.twoSample(reference: a, current: b) == sorted)
    }

    @Test("exact p-values for large sizes match scipy's exact routine, including its fallback to 'asymp'")
    func exactProbabilities() throws {
        let file = try VectorFile.shared()
        for testCase in file.ksExact {
            let label = "n1=\(testCase.n1) n2=\(testCase.n2) d=\(testCase.d)"
            let result = KolmogorovSmirnov.pValue(statistic: testCase.d, referenceCount: testCase.n1, currentCount: testCase.n2)
            #expect(result.statistic == testCase.statistic.value, "\(label): rounded D \(result.statistic)")
            if testCase.success {
                #expect(result.method == .exact, "\(label)")
                expectClose(result.pValue, testCase.pvalue.value, label)
            } else {
                #expect(result.method == .asymptoticAfterExactFailure, "\(label): scipy's exact sum gave \(testCase.pvalue)")
            }
        }
    }

    @Test("hand case: [1,2,3] vs [4,5,6] has D = 1 and p = 2/C(6,3) = 0.1")
    func separatedByHand() throws {
        let result = try KolmogorovSmirnov.twoSample(sortedReference: [1, 2, 3], sortedCurrent: [4, 5, 6])
        #expect(result.statistic == 1)
        expectClose(result.pValue, 0.1, relative: 1e-15, "p")
        #expect(result.method == .exact)
    }

    @Test("hand case: interleaved [1,3] vs [2,4] has D = 1/2 and p = 1 (every split reaches 1/2)")
    func interleavedByHand() throws {
        let result = try KolmogorovSmirnov.twoSample(sortedReference: [1, 3], sortedCurrent: [2, 4])
        #expect(result.statistic == 0.5)
        expectClose(result.pValue, 1, relative: 1e-15, "p")
    }

    @Test("the statistic equals scipy's definition evaluated naively, with and without ties", arguments: [
        (30, 50, 0), (300, 301, 5), (2_000, 1_500, 0), (10_500, 12_000, 0), (10_200, 10_300, 40), (11_000, 10_001, 3),
    ])
    func statisticMatchesNaiveDefinition(sizes: (Int, Int, Int)) throws {
        let (n1, n2, distinctValues) = sizes
        var generator = SeededGenerator(seed: UInt64(n1 * 31 + n2))
        // distinctValues == 0: continuous values; otherwise a few tied levels, with zero drawn as −0.0 or +0.0.
        func draw(_ count: Int, shift: Double) -> [Double] {
            (0..<count).map { _ in
                let u = generator.nextUniform()
                if distinctValues == 0 { return u + shift }
                let level = Double(Int(u * Double(distinctValues)) - distinctValues / 2)
                if level == 0 { return generator.next() % 2 == 0 ? -0.0 : 0.0 }
                return level + (generator.nextUniform() < shift * 10 ? 1 : 0)
            }
        }
        let a = draw(n1, shift: 0).sorted()
        let b = draw(n2, shift: 0.03).sorted()
        // scipy: cdf_k(x) = searchsorted(sorted_k, x, side='right')/n_k at every pooled x; D = max(clip(−min), max).
        func rightRank(_ sorted: [Double], _ x: Double) -> Int {
            var low = 0
            var high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] <= x { low = middle + 1 } else { high = middle }
            }
            return low
        }
        var largest = -Double.infinity
        var smallest = Double.infinity
        for x in a + b {
            let difference = Double(rightRank(a, x)) / Double(n1) - Double(rightRank(b, x)) / Double(n2)
            largest = max(largest, difference)
            smallest = min(smallest, difference)
        }
        let below = min(max(-smallest, 0), 1)
        var expected = below > largest ? below : largest
        let result = try KolmogorovSmirnov.twoSample(sortedReference: a, sortedCurrent: b)
        if max(n1, n2) <= KolmogorovSmirnov.maximumExactSampleSize {
            // The exact path reports D on the lattice h/lcm(n1, n2), as scipy does.
            var (x, y) = (n1, n2)
            while y != 0 { (x, y) = (y, x % y) }
            let lcm = Double(n1 / x * n2)
            expected = (expected * lcm).rounded(.toNearestOrEven) / lcm
        }
        #expect(result.statistic == expected, "sizes \(n1), \(n2), distinct \(distinctValues)")
    }

    @Test("hand case: infinite values take part like scipy ([−∞, 0] vs [1, ∞]: D = 1, p = 2/C(4,2))")
    func infiniteValues() throws {
        let result = try KolmogorovSmirnov.twoSample(sortedReference: [-.infinity, 0], sortedCurrent: [1, .infinity])
        #expect(result.statistic == 1)
        expectClose(result.pValue, 1.0 / 3.0, relative: 1e-15, "p")
    }

    @Test("the method switches from exact to asymptotic above 10 000 observations")
    func methodBoundary() {
        #expect(KolmogorovSmirnov.pValue(statistic: 0.02, referenceCount: 10_000, currentCount: 10_000).method == .exact)
        #expect(KolmogorovSmirnov.pValue(statistic: 0.02, referenceCount: 10_000, currentCount: 10_001).method == .asymptotic)
    }

    @Test("empty samples and NaN are rejected")
    func invalidInput() {
        #expect(throws: StatsError.self) { try KolmogorovSmirnov.twoSample(sortedReference: [], sortedCurrent: [1]) }
        #expect(throws: StatsError.self) { try KolmogorovSmirnov.twoSample(sortedReference: [1], sortedCurrent: []) }
        #expect(throws: StatsError.self) { try KolmogorovSmirnov.twoSample(sortedReference: [1, .nan], sortedCurrent: [1]) }
        #expect(KolmogorovSmirnov.pValue(statistic: 1.5, referenceCount: 3, currentCount: 3).pValue.isNaN)
    }
}
