import Stats
import Testing

@Suite("Summaries")
struct SummaryTests {
    @Test("mean, variance, std, quantiles, ECDF and distinct counts match numpy")
    func vectors() throws {
        let file = try VectorFile.shared()
        for testCase in file.summaries {
            let values = try file.sortedValues(testCase.sample)
            let label = testCase.sample
            expectClose(try mean(values), testCase.mean.value, relative: 1e-13, "mean \(label)")
            expectClose(try variance(values), testCase.populationVariance.value, relative: 1e-12, "var \(label)")
            expectClose(try standardDeviation(values), testCase.populationStd.value, relative: 1e-12, "std \(label)")
            if let sampleVariance = testCase.sampleVariance {
                expectClose(try variance(values, kind: .sample), sampleVariance.value, relative: 1e-12, "var ddof=1 \(label)")
            } else {
                #expect(throws: StatsError.self) { try variance(values, kind: .sample) }
            }
            for (q, expected) in zip(testCase.probabilities, testCase.quantiles) {
                expectClose(try quantile(sortedValues: values, probability: q), expected.value, relative: 1e-15,
                            absolute: 0, "quantile \(q) \(label)")
            }
            for (x, expected) in zip(testCase.ecdfAt, testCase.ecdf) {
                #expect(empiricalCDF(sortedValues: values, at: x) == expected.value, "ecdf(\(x)) \(label)")
            }
            #expect(distinctCount(sortedValues: values) == testCase.distinct, "distinct \(label)")
        }
    }

    @Test("hand cases: compensated sums keep what naive sums lose; quantile interpolation")
    func handCases() throws {
        #expect(compensatedSum([1e16, 1, -1e16]) == 1)
        #expect(compensatedSum([0.1, 0.2, 0.3]) == 0.6)
        #expect(try mean([1, 2, 3, 4]) == 2.5)
        #expect(try variance([1, 2, 3, 4]) == 1.25)
        #expect(try variance([1, 2, 3, 4], kind: .sample) == 5.0 / 3.0)
        #expect(try quantile(sortedValues: [1, 2, 3, 4], probability: 0.5) == 2.5)
        #expect(try quantile(sortedValues: [10, 20], probability: 0.25) == 12.5)
        #expect(try quantile(sortedValues: [10, 20], probability: 1) == 20)
        #expect(throws: StatsError.self) { try quantile(sortedValues: [1], probability: 1.5) }
        #expect(throws: StatsError.self) { try mean([]) }
        #expect(empiricalCDF(sortedValues: [1, 2, 2, 3], at: 2) == 0.75)
        #expect(empiricalCDF(sortedValues: [], at: 2).isNaN)
        #expect(distinctCount(sortedValues: [-0.0, 0.0, 1, 1, .nan, .nan]) == 3)
        #expect(distinctCount(sortedValues: []) == 0)
    }
}
