import Stats
import Testing

@Suite("A/B test helpers")
struct ABTestingTests {
    @Test("Wald interval for a difference of proportions matches the formula evaluated with scipy's ndtri")
    func intervalVectors() throws {
        let file = try VectorFile.shared()
        for testCase in file.proportionInterval {
            let interval = try twoProportionConfidenceInterval(
                controlSuccesses: testCase.sc, controlCount: testCase.nc,
                treatmentSuccesses: testCase.st, treatmentCount: testCase.nt, confidenceLevel: testCase.level)
            expectClose(interval.difference, testCase.difference, relative: 1e-14, "difference")
            expectClose(interval.standardError, testCase.se, relative: 1e-14, "se")
            expectClose(interval.lower, testCase.lower, relative: 1e-13, "lower")
            expectClose(interval.upper, testCase.upper, relative: 1e-13, "upper")
        }
    }

    @Test("hand case: 100/1000 vs 130/1000 at 95% is 0.03 ± 1.96·√(0.09/1000 + 0.1131/1000)")
    func intervalByHand() throws {
        let interval = try twoProportionConfidenceInterval(
            controlSuccesses: 100, controlCount: 1000, treatmentSuccesses: 130, treatmentCount: 1000)
        let se = (0.09 / 1000 + 0.1131 / 1000).squareRoot()
        expectClose(interval.difference, 0.03, relative: 1e-12, "difference")
        expectClose(interval.lower, 0.03 - 1.959963984540054 * se, relative: 1e-12, "lower")
        #expect(interval.lower < 0.03 && interval.upper > 0.03)
        #expect(throws: StatsError.self) {
            try twoProportionConfidenceInterval(controlSuccesses: 1, controlCount: 10, treatmentSuccesses: 1,
                                                treatmentCount: 10, confidenceLevel: 1)
        }
    }

    @Test("per-arm sample sizes match the normal-approximation formula")
    func sampleSizeVectors() throws {
        let file = try VectorFile.shared()
        for testCase in file.sampleSize {
            let n = try twoProportionSampleSize(baseline: testCase.p1, target: testCase.p2, alpha: testCase.alpha, power: testCase.power)
            #expect(n == testCase.n, "p1=\(testCase.p1) p2=\(testCase.p2): \(n) vs \(testCase.n)")
        }
    }

    @Test("hand case: 50% → 60% at α = 0.05, power 0.8 needs 388 per arm; invalid inputs throw")
    func sampleSizeByHand() throws {
        // (1.959964·√(2·0.55·0.45) + 0.841621·√(0.25 + 0.24))² / 0.01 = 387.3 → 388.
        #expect(try twoProportionSampleSize(baseline: 0.5, target: 0.6) == 388)
        #expect(try twoProportionSampleSize(baseline: 0.6, target: 0.5) == 388)
        #expect(throws: StatsError.self) { try twoProportionSampleSize(baseline: 0.5, target: 0.5) }
        #expect(throws: StatsError.self) { try twoProportionSampleSize(baseline: 0, target: 0.5) }
        #expect(throws: StatsError.self) { try twoProportionSampleSize(baseline: 0.2, target: 0.5, power: 1) }
    }
}
