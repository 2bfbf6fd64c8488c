import Glibc
import Stats
import Testing

@Suite("Chi-square and z tests")
struct HypothesisTests {
    @Test("chi-square goodness of fit matches scipy.stats.chisquare with Evidently's expected counts")
    func chiSquareVectors() throws {
        let file = try VectorFile.shared()
        for testCase in file.chiSquareTest {
            let result = try chiSquareGoodnessOfFit(observed: testCase.observed.values, expected: testCase.expected.values)
            expectClose(result.statistic, testCase.statistic.value, "statistic \(testCase.observed)")
            expectClose(result.pValue, testCase.pvalue.value, absolute: 1e-300, "p \(testCase.observed)")
            #expect(result.degreesOfFreedom == testCase.observed.count - 1)
        }
    }

    @Test("hand case: [10, 20] vs [15, 15] gives χ² = 10/3 and p = erfc(√(χ²/2))")
    func chiSquareByHand() throws {
        let result = try chiSquareGoodnessOfFit(observed: [10, 20], expected: [15, 15])
        expectClose(result.statistic, 10.0 / 3.0, relative: 1e-15, "statistic")
        expectClose(result.pValue, erfc((10.0 / 6.0).squareRoot()), relative: 1e-12, "p")
    }

    @Test("a category the reference never saw gives an infinite statistic and p = 0")
    func chiSquareUnseenCategory() throws {
        let result = try chiSquareGoodnessOfFit(observed: [5, 5, 2], expected: [6, 6, 0])
        #expect(result.statistic == .infinity)
        #expect(result.pValue == 0)
    }

    @Test("chi-square rejects mismatched totals and lengths with an actionable message")
    func chiSquareInvalid() {
        do {
            _ = try chiSquareGoodnessOfFit(observed: [10, 20], expected: [10, 10])
            Issue.record("mismatched totals were accepted")
        } catch {
            #expect(error.kind == .sumMismatch)
            #expect(error.message.hasPrefix("observed frequencies add up to 30.0 but expected ones to 20.0"))
        }
        #expect(throws: StatsError.self) { try chiSquareGoodnessOfFit(observed: [1, 2], expected: [3]) }
        #expect(throws: StatsError.self) { try chiSquareGoodnessOfFit(observed: [], expected: []) }
    }

    @Test("the pooled z test matches Evidently's formula")
    func zTestVectors() throws {
        let file = try VectorFile.shared()
        for testCase in file.zTest {
            let result = try twoProportionZTest(
                referenceSuccesses: testCase.s1, referenceCount: testCase.n1,
                currentSuccesses: testCase.s2, currentCount: testCase.n2)
            let label = "\(testCase.s1)/\(testCase.n1) vs \(testCase.s2)/\(testCase.n2)"
            expectClose(result.statistic, testCase.z.value, "z \(label)")
            expectClose(result.pValue, testCase.pvalue.value, "p \(label)")
        }
    }

    @Test("identical constant samples give p = 1; a huge |z| gives p = 0 as 2(1 − Φ) does")
    func zTestEdges() throws {
        let constant = try twoProportionZTest(referenceSuccesses: 40, referenceCount: 40, currentSuccesses: 60, currentCount: 60)
        #expect(constant.pValue == 1)
        #expect(constant.statistic == 0)
        let extreme = try twoProportionZTest(referenceSuccesses: 0, referenceCount: 1000, currentSuccesses: 1000, currentCount: 1000)
        #expect(extreme.pValue == 0)
        #expect(throws: StatsError.self) {
            try twoProportionZTest(referenceSuccesses: 5, referenceCount: 4, currentSuccesses: 1, currentCount: 2)
        }
        #expect(throws: StatsError.self) {
            try twoProportionZTest(referenceSuccesses: 0, referenceCount: 0, currentSuccesses: 1, currentCount: 2)
        }
    }

    @Test("hand case: 30/100 vs 45/100 gives z = −0.15/√(0.375·0.625·0.02)")
    func zTestByHand() throws {
        let result = try twoProportionZTest(referenceSuccesses: 30, referenceCount: 100, currentSuccesses: 45, currentCount: 100)
        let z = -0.15 / (0.375 * 0.625 * 0.02).squareRoot()
        expectClose(result.statistic, z, relative: 1e-14, "z")
        expectClose(result.pValue, erfc(abs(z) / 2.0.squareRoot()), relative: 1e-12, "p")
    }
}
