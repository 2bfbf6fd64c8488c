import Glibc
import Stats
import Testing

@Suite("Special functions")
struct SpecialFunctionTests {
    @Test("Φ and 1 − Φ match scipy.special.ndtr and norm.sf, including far tails")
    func normalCDF() throws {
        // 1e-13 relative, not 1e-15: deep in the tail (|x| ≈ 20) cephes' erfc and glibc's erfc differ by
        // about 1.4e-14 relative (glibc's is the closer one to the true value there).
        let file = try VectorFile.shared()
        for testCase in file.normal {
            expectClose(StandardNormal.cdf(testCase.x), testCase.cdf.value, relative: 1e-13, absolute: 0, "cdf(\(testCase.x))")
            expectClose(StandardNormal.survival(testCase.x), testCase.sf.value, relative: 1e-13, absolute: 0, "sf(\(testCase.x))")
        }
    }

    @Test("Φ⁻¹ matches scipy.special.ndtri to 1e-15 relative")
    func normalQuantile() throws {
        let file = try VectorFile.shared()
        for testCase in file.normalQuantile {
            expectClose(StandardNormal.quantile(testCase.p), testCase.x.value, relative: 1e-15, absolute: 1e-16, "ndtri(\(testCase.p))")
        }
    }

    @Test("hand values: Φ(0) = 1/2, Φ⁻¹(0.975) = 1.959963984540054, edges and round trips")
    func normalHandValues() {
        #expect(StandardNormal.cdf(0) == 0.5)
        #expect(abs(StandardNormal.quantile(0.975) - 1.959963984540054) < 1e-15)
        #expect(StandardNormal.quantile(0.5) == 0)
        #expect(StandardNormal.quantile(0) == -.infinity)
        #expect(StandardNormal.quantile(1) == .infinity)
        #expect(StandardNormal.quantile(1.5).isNaN)
        #expect(StandardNormal.cdf(.nan).isNaN)
        for x in stride(from: -6.0, through: 6.0, by: 0.25) {
            let back = x < 0 ? StandardNormal.quantile(StandardNormal.cdf(x)) : -StandardNormal.quantile(StandardNormal.survival(x))
            #expect(abs(back - x) < 1e-12, "round trip at \(x): \(back)")
        }
        #expect(abs(StandardNormal.density(0) - 0.3989422804014327) < 1e-16)
    }

    @Test("P(a, x) and Q(a, x) match scipy.special.gammainc/gammaincc to 1e-11 relative")
    func incompleteGamma() throws {
        // Tighter than the 1e-9 budget; the e^(−x)·x^a/Γ(a) prefactor loses about |a·ln x|·ε, ~1e-12 at a = 1000.
        let file = try VectorFile.shared()
        for testCase in file.incompleteGamma {
            let label = "a=\(testCase.a) x=\(testCase.x)"
            expectClose(regularizedGammaP(a: testCase.a, x: testCase.x), testCase.p.value, relative: 1e-11, absolute: 1e-300, "P \(label)")
            expectClose(regularizedGammaQ(a: testCase.a, x: testCase.x), testCase.q.value, relative: 1e-11, absolute: 1e-300, "Q \(label)")
        }
    }

    @Test("chi-square survival matches scipy.stats.chi2.sf, tiny tails included")
    func chiSquareTail() throws {
        let file = try VectorFile.shared()
        for testCase in file.chiSquareSurvival {
            expectClose(chiSquareSurvival(testCase.x.value, degreesOfFreedom: testCase.df), testCase.sf.value,
                        absolute: 1e-300, "chi2.sf(\(testCase.x), \(testCase.df))")
        }
    }

    @Test("hand values: χ²₂ survival is e^(−x/2); P + Q = 1; domain edges")
    func incompleteGammaHandValues() {
        for x in [0.1, 1.0, 5.0, 40.0] {
            expectClose(chiSquareSurvival(x, degreesOfFreedom: 2), exp(-x / 2), relative: 1e-14, "chi2_2(\(x))")
            expectClose(regularizedGammaP(a: 3.5, x: x) + regularizedGammaQ(a: 3.5, x: x), 1, relative: 1e-14, "P+Q at \(x)")
        }
        #expect(regularizedGammaQ(a: 2, x: 0) == 1)
        #expect(regularizedGammaP(a: 2, x: .infinity) == 1)
        #expect(regularizedGammaQ(a: -1, x: 1).isNaN)
        #expect(chiSquareSurvival(-1, degreesOfFreedom: 3).isNaN)
    }

    @Test("log-gamma matches scipy.special.gammaln and ln(n!) by hand")
    func logGammaValues() throws {
        let file = try VectorFile.shared()
        for testCase in file.logGamma {
            expectClose(logGamma(testCase.x), testCase.value.value, relative: 1e-14, absolute: 1e-15, "lgamma(\(testCase.x))")
        }
        expectClose(logGamma(6), log(120), relative: 1e-15, "lgamma(6)")
    }
}
