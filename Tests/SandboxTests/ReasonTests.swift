import Sandbox
import Testing

/// Reason lines shown to learners, asserted exactly.
@Suite("verdict reasons")
struct ReasonTests {
    static let ref800 = (0..<800).map { Double($0 % 37) }
    static let cur600 = (0..<600).map { Double(($0 * 7) % 37) }
    static let ref1200 = (0..<1200).map { Double($0 % 37) }
    static let cur1200 = (0..<1200).map { Double($0 % 37) + 2 }

    func reason(_ column: DriftColumn, _ options: ColumnDriftOptions = ColumnDriftOptions()) throws -> String {
        try DriftVerdict.compare(column, options: options).reason
    }

    @Test("small reference, continuous → KS")
    func kolmogorovSmirnov() throws {
        #expect(try reason(.numeric("age", reference: Self.ref800, current: Self.cur600))
            == "N_ref=800 ≤ 1000, 37 distinct > 5 → KS p = 1 > 0.05 → no drift")
    }

    @Test("large reference, continuous → Wasserstein")
    func wasserstein() throws {
        #expect(try reason(.numeric("income", reference: Self.ref1200, current: Self.cur1200))
            == "N_ref=1200 > 1000, 39 distinct > 5 → Wasserstein (normed) = 0.19 ≥ 0.1 → drift")
    }

    @Test("dropped missing values are named")
    func missing() throws {
        let column = DriftColumn.numeric(
            "clicks", reference: Self.ref800 + [.nan, .infinity], current: Self.cur600.map { $0 + 5 })
        #expect(try reason(column)
            == "N_ref=800 (2 missing dropped) ≤ 1000, 42 distinct > 5 → KS p = 1.1e-06 ≤ 0.05 → drift")
    }

    @Test("few numeric values → z and chi-square")
    func fewValues() throws {
        let flag = DriftColumn.numeric(
            "flag", reference: (0..<800).map { Double($0 % 2) }, current: (0..<700).map { $0 % 3 == 0 ? 1 : 0 })
        #expect(try reason(flag) == "N_ref=800 ≤ 1000, 2 distinct ≤ 2 → Z-test p = 9.1e-11 < 0.05 → drift")
        let stars = DriftColumn.numeric(
            "stars", reference: (0..<800).map { Double($0 % 4) }, current: (0..<700).map { Double($0 % 4) })
        #expect(try reason(stars) == "N_ref=800 ≤ 1000, 4 distinct in 3…5 → chi-square p = 1 ≥ 0.05 → no drift")
    }

    @Test("categories: a new one in current, and a large reference")
    func categories() throws {
        let plans = ["free", "pro", "team", "enterprise"]
        let newPlan = DriftColumn.categorical(
            "plan", reference: (0..<800).map { plans[$0 % 3] }, current: (0..<700).map { plans[$0 % 4] })
        #expect(try reason(newPlan)
            == "N_ref=800 ≤ 1000, categorical, 4 categories > 2 → chi-square p = 0 < 0.05 → drift")
        let large = DriftColumn.categorical(
            "plan", reference: (0..<2000).map { plans[$0 % 2] }, current: (0..<700).map { plans[$0 % 2] })
        #expect(try reason(large) == "N_ref=2000 > 1000, categorical → Jensen-Shannon = 0 < 0.1 → no drift")
    }

    @Test("a method chosen by name with its own threshold")
    func chosen() throws {
        let column = DriftColumn.numeric("income", reference: Self.ref1200, current: Self.cur1200)
        #expect(try reason(column, ColumnDriftOptions(method: .psi, threshold: 0.2))
            == "method chosen → PSI = 0.12 < 0.2 → no drift")
    }

    @Test("dataset reason")
    func dataset() throws {
        let verdict = try DatasetDriftVerdict.compare([
            .numeric("age", reference: Self.ref800, current: Self.cur600),
            .numeric("income", reference: Self.ref1200, current: Self.cur1200),
        ])
        #expect(verdict.reason == "1 of 2 columns drifted (share 0.5 ≥ 0.5) → dataset drift")
    }
}
