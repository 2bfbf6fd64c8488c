import Stats
import Testing

@Suite("Binning")
struct BinningTests {
    @Test("Sturges edges equal numpy.histogram_bin_edges bit for bit; counts equal numpy.histogram")
    func pooledBinning() throws {
        let file = try VectorFile.shared()
        for testCase in file.binning {
            let a = try file.sortedValues(testCase.a)
            let b = try file.sortedValues(testCase.b)
            let edges = try histogramBinEdges(sortedValues: (a + b).sorted(), rule: .sturges)
            #expect(edges == testCase.edges.values, "\(testCase.a) ∪ \(testCase.b)")
            #expect(histogramCounts(sortedValues: a, edges: testCase.edges.values) == testCase.countsA, "\(testCase.a)")
            #expect(histogramCounts(sortedValues: b, edges: testCase.edges.values) == testCase.countsB, "\(testCase.b)")
        }
    }

    @Test("single-sample Sturges edges equal numpy's, including one value and min == max")
    func singleSampleEdges() throws {
        let file = try VectorFile.shared()
        for testCase in file.binEdges {
            let edges = try histogramBinEdges(sortedValues: file.sortedValues(testCase.sample))
            #expect(edges == testCase.edges.values, "\(testCase.sample)")
        }
    }

    @Test("hand cases: min == max widens by 0.5; the last bin is closed; outside values are not counted")
    func handCases() throws {
        #expect(try histogramBinEdges(sortedValues: [3, 3, 3]) == [2.5, 3.5])
        #expect(try histogramBinEdges(sortedValues: []) == [0, 1])
        // n = 4: width = 3/(log2(4) + 1) = 1 → 3 bins over [0, 3].
        #expect(try histogramBinEdges(sortedValues: [0, 1, 2, 3]) == [0, 1, 2, 3])
        #expect(histogramCounts(sortedValues: [-1, 0, 0.5, 1, 2, 3, 3, 4], edges: [0, 1, 2, 3]) == [2, 1, 3])
        #expect(histogramShares(sortedValues: [0, 1, 2, 3], edges: [0, 1, 2, 3]) == [0.25, 0.25, 0.5])
        #expect(throws: StatsError.self) { try histogramBinEdges(sortedValues: [0, .infinity]) }
    }

    @Test("category shares over the union of categories match numpy.union1d counts")
    func categoryVectors() throws {
        let file = try VectorFile.shared()
        for testCase in file.categories {
            let shares = CategoryShares(sortedReference: try file.sortedValues(testCase.a),
                                        sortedCurrent: try file.sortedValues(testCase.b))
            #expect(shares.categories == testCase.categories.values)
            #expect(shares.referenceCounts == testCase.countsA)
            #expect(shares.currentCounts == testCase.countsB)
        }
    }

    @Test("hand case: string categories, shares divide by each side's own size, NaN is skipped")
    func categoryByHand() {
        let shares = CategoryShares(sortedReference: ["a", "a", "b"], sortedCurrent: ["b", "c", "c", "c"])
        #expect(shares.categories == ["a", "b", "c"])
        #expect(shares.referenceCounts == [2, 1, 0])
        #expect(shares.currentCounts == [0, 1, 3])
        #expect(shares.referenceShares == [2.0 / 3.0, 1.0 / 3.0, 0])
        #expect(shares.currentShares == [0, 0.25, 0.75])
        let withNaN = CategoryShares(sortedReference: [1.0, .nan], sortedCurrent: [1.0, 2.0])
        #expect(withNaN.categories == [1, 2])
        #expect(withNaN.referenceCounts == [1, 0])
    }
}
