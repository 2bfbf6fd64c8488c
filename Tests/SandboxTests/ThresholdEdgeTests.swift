@testable import Sandbox
import Testing

/// Scores exactly at the threshold: ks and distances drift, chi-square and z do not.
@Suite("threshold edges")
struct ThresholdEdgeTests {
    @Test("comparison rules at equality")
    func comparisons() {
        #expect(DriftMethod.ks.comparison.holds(0.05, threshold: 0.05))
        #expect(!DriftMethod.chisquare.comparison.holds(0.05, threshold: 0.05))
        #expect(!DriftMethod.z.comparison.holds(0.05, threshold: 0.05))
        for method in [DriftMethod.wasserstein, .jensenshannon, .psi, .linf] {
            #expect(method.comparison.holds(0.1, threshold: 0.1), "\(method)")
            #expect(!method.comparison.holds(0.1.nextDown, threshold: 0.1), "\(method)")
        }
        #expect(!DriftMethod.ks.comparison.holds(.nan, threshold: 0.05))
    }

    @Test("a KS p-value used as its own threshold drifts")
    func ksAtThreshold() throws {
        let column = DriftColumn.numeric(
            "x", reference: (0..<300).map { Double($0 % 41) }, current: (0..<250).map { Double($0 % 43) })
        let p = try DriftVerdict.compare(column).score
        let verdict = try DriftVerdict.compare(column, options: ColumnDriftOptions(threshold: p))
        #expect(verdict.method == .ks)
        #expect(verdict.drifted)
        #expect(verdict.reason.hasSuffix("≤ \(NumberText.threshold(p)) → drift"))
    }

    @Test("a chi-square p-value used as its own threshold does not drift")
    func chiSquareAtThreshold() throws {
        let labels = ["a", "b", "c"]
        let column = DriftColumn.categorical(
            "x", reference: (0..<300).map { labels[$0 % 3] }, current: (0..<250).map { labels[($0 * $0) % 3] })
        let p = try DriftVerdict.compare(column).score
        let verdict = try DriftVerdict.compare(column, options: ColumnDriftOptions(threshold: p))
        #expect(verdict.method == .chisquare)
        #expect(!verdict.drifted)
    }

    @Test("a distance used as its own threshold drifts")
    func distanceAtThreshold() throws {
        let column = DriftColumn.numeric(
            "x", reference: (0..<1500).map { Double($0 % 50) }, current: (0..<1500).map { Double($0 % 53) })
        let distance = try DriftVerdict.compare(column).score
        let verdict = try DriftVerdict.compare(column, options: ColumnDriftOptions(threshold: distance))
        #expect(verdict.method == .wasserstein)
        #expect(verdict.drifted)
        let below = try DriftVerdict.compare(column, options: ColumnDriftOptions(threshold: distance.nextUp))
        #expect(!below.drifted)
    }

    @Test("a rounded score never contradicts its comparison")
    func honestRounding() {
        #expect(NumberText.score(0.0999999, threshold: 0.1, comparison: .atLeast) == "0.0999999")
        #expect(NumberText.score(0.1000001, threshold: 0.1, comparison: .atLeast) == "0.1000001")
        #expect(NumberText.score(0.2134, threshold: 0.05, comparison: .atMost) == "0.21")
        #expect(NumberText.score(0.05, threshold: 0.05, comparison: .below) == "0.05")
        #expect(NumberText.threshold(1.0) == "1")
    }
}
