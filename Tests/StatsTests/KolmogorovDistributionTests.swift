import Glibc
import Stats
import Testing

@Suite("Kolmogorov and Smirnov distributions")
struct KolmogorovDistributionTests {
    @Test("kstwo.sf and kstwo.cdf match scipy across every branch of kolmogn")
    func twoSided() throws {
        let file = try VectorFile.shared()
        #expect(file.kstwo.count > 300)
        for testCase in file.kstwo {
            let label = "n=\(testCase.n) x=\(testCase.x)"
            expectClose(KolmogorovDistribution.survival(sampleSize: testCase.n, statistic: testCase.x),
                        testCase.sf.value, "sf \(label)")
            expectClose(KolmogorovDistribution.cdf(sampleSize: testCase.n, statistic: testCase.x),
                        testCase.cdf.value, "cdf \(label)")
        }
    }

    @Test("scipy.special.smirnov, including n above the 10⁶ approximation threshold")
    func oneSided() throws {
        let file = try VectorFile.shared()
        for testCase in file.smirnov {
            expectClose(SmirnovDistribution.survival(sampleSize: testCase.n, statistic: testCase.x), testCase.sf.value,
                        "smirnov(\(testCase.n), \(testCase.x))")
        }
    }

    @Test("hand values: n = 1 gives P(D ≥ x) = 2(1 − x); outside the support; Ruben–Gambino closed forms")
    func handValues() {
        expectClose(KolmogorovDistribution.survival(sampleSize: 1, statistic: 0.7), 0.6, relative: 1e-15, "n=1")
        #expect(KolmogorovDistribution.survival(sampleSize: 10, statistic: 0.05) == 1)
        #expect(KolmogorovDistribution.survival(sampleSize: 10, statistic: 1) == 0)
        #expect(KolmogorovDistribution.cdf(sampleSize: 10, statistic: 0.01) == 0)
        #expect(KolmogorovDistribution.survival(sampleSize: 0, statistic: 0.5).isNaN)
        // x ≥ 1 − 1/n: P(Dₙ ≥ x) = 2(1 − x)ⁿ.
        expectClose(KolmogorovDistribution.survival(sampleSize: 4, statistic: 0.9), 2 * pow(0.1, 4), relative: 1e-14, "RG upper")
        // 1/(2n) ≤ x ≤ 1/n: P(Dₙ ≤ x) = n!/nⁿ (2nx − 1)ⁿ.
        expectClose(KolmogorovDistribution.cdf(sampleSize: 3, statistic: 0.3), 6.0 / 27.0 * pow(0.8, 3), relative: 1e-14, "RG lower")
        expectClose(SmirnovDistribution.survival(sampleSize: 1, statistic: 0.25), 0.75, relative: 0, "smirnov n=1")
        // n = 2, x = 0.3: the Birnbaum–Tingey sum has the terms v = 0, (1 − x)², and v = 1, 2x(1 − x − 1/2).
        let x = 0.3
        let byHand = pow(1 - x, 2) + 2 * x * (1 - x - 0.5)
        expectClose(SmirnovDistribution.survival(sampleSize: 2, statistic: x), byHand, relative: 1e-14, "smirnov n=2")
    }
}
