import Stats
import Testing

@Suite("Multiple-testing adjustment")
struct MultipleTestingTests {
    @Test("Bonferroni and Benjamini–Hochberg match the statsmodels algorithm")
    func vectors() throws {
        let file = try VectorFile.shared()
        for testCase in file.multipleTesting {
            let p = testCase.p.values
            let bonferroni = adjustPValues(p, method: .bonferroni)
            expectClose(bonferroni.adjusted, testCase.bonferroni.adjusted.values, relative: 1e-15, "bonferroni \(p)")
            #expect(bonferroni.rejected == testCase.bonferroni.rejected, "bonferroni rejections \(p)")
            let bh = adjustPValues(p, method: .benjaminiHochberg)
            expectClose(bh.adjusted, testCase.benjaminiHochberg.adjusted.values, relative: 1e-15, "BH \(p)")
            #expect(bh.rejected == testCase.benjaminiHochberg.rejected, "BH rejections \(p)")
        }
    }

    @Test("hand case: BH on [0.01, 0.04, 0.03, 0.005] gives [0.02, 0.04, 0.04, 0.02], all rejected at 0.05")
    func benjaminiHochbergByHand() {
        let result = adjustPValues([0.01, 0.04, 0.03, 0.005], method: .benjaminiHochberg)
        expectClose(result.adjusted, [0.02, 0.04, 0.04, 0.02], relative: 1e-15, "BH")
        #expect(result.rejected == [true, true, true, true])
    }

    @Test("hand case: Bonferroni multiplies by m, caps at 1, rejects p ≤ α/m")
    func bonferroniByHand() {
        let result = adjustPValues([0.01, 0.02, 0.6], method: .bonferroni)
        expectClose(result.adjusted, [0.03, 0.06, 1], relative: 1e-15, "bonferroni")
        #expect(result.rejected == [true, false, false])
        #expect(adjustPValues([], method: .bonferroni).adjusted.isEmpty)
    }
}
