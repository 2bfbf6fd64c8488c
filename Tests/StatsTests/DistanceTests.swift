import Glibc
import Stats
import Testing

@Suite("Distances")
struct DistanceTests {
    @Test("Wasserstein distance matches scipy.stats.wasserstein_distance, large and tied samples included")
    func wassersteinVectors() throws {
        let file = try VectorFile.shared()
        for testCase in file.wasserstein {
            let distance = try wassersteinDistance(
                sortedA: file.sortedValues(testCase.a), sortedB: file.sortedValues(testCase.b))
            expectClose(distance, testCase.distance.value, "\(testCase.a) vs \(testCase.b)")
        }
    }

    @Test("hand case: shifting [0, 1, 3] by 5 moves every unit of mass 5, and the distance is symmetric")
    func wassersteinByHand() throws {
        #expect(try wassersteinDistance(sortedA: [0, 1, 3], sortedB: [5, 6, 8]) == 5)
        #expect(try wassersteinDistance(sortedA: [0, 1], sortedB: [0, 1]) == 0)
        #expect(try wassersteinDistance(sortedA: [0], sortedB: [1, 3]) == 2)
        #expect(try wassersteinDistance(sortedA: [1, 3], sortedB: [0]) == 2)
        #expect(throws: StatsError.self) { try wassersteinDistance(sortedA: [], sortedB: [1]) }
        #expect(throws: StatsError.self) { try wassersteinDistance(sortedA: [1, .infinity], sortedB: [1]) }
    }

    @Test("Jensen–Shannon distance matches scipy.spatial.distance.jensenshannon (natural log)")
    func jensenShannonVectors() throws {
        let file = try VectorFile.shared()
        for testCase in file.jensenShannon {
            expectClose(try jensenShannonDistance(testCase.p.values, testCase.q.values), testCase.distance.value,
                        "\(testCase.p) vs \(testCase.q)")
        }
    }

    @Test("hand case: identical vectors are 0 apart, disjoint ones √(ln 2)")
    func jensenShannonByHand() throws {
        #expect(try jensenShannonDistance([0.2, 0.8], [2, 8]) == 0)
        expectClose(try jensenShannonDistance([1, 0], [0, 1]), log(2.0).squareRoot(), relative: 1e-15, "disjoint")
        #expect(throws: StatsError.self) { try jensenShannonDistance([1, 0], [0, 0]) }
        #expect(throws: StatsError.self) { try jensenShannonDistance([1, -1], [1, 1]) }
        #expect(throws: StatsError.self) { try jensenShannonDistance([1], [1, 2]) }
    }

    @Test("PSI and its zero fill match Evidently 0.7's get_binned_data + psi")
    func psiVectors() throws {
        let file = try VectorFile.shared()
        for testCase in file.psi {
            expectClose(try evidentlyZeroFilled(testCase.reference.values), testCase.referenceFilled.values,
                        relative: 0, absolute: 0, "fill \(testCase.reference)")
            expectClose(try evidentlyZeroFilled(testCase.current.values), testCase.currentFilled.values,
                        relative: 0, absolute: 0, "fill \(testCase.current)")
            expectClose(try populationStabilityIndex(referenceShares: testCase.reference.values,
                                                     currentShares: testCase.current.values),
                        testCase.psi.value, "psi \(testCase.reference) vs \(testCase.current)")
        }
    }

    @Test("hand case: the fill uses 1e-4 unless the smallest share is ≤ 1e-4, then that share / 1e6")
    func zeroFillByHand() throws {
        #expect(try evidentlyZeroFilled([0.5, 0.5, 0]) == [0.5, 0.5, 0.0001])
        #expect(try evidentlyZeroFilled([0.0001, 0.9999, 0]) == [0.0001, 0.9999, 0.0001 / 1e6])
        #expect(try populationStabilityIndex(referenceShares: [0.3, 0.7], currentShares: [0.3, 0.7]) == 0)
        let psi = try populationStabilityIndex(referenceShares: [0.5, 0.5], currentShares: [0.25, 0.75])
        expectClose(psi, 0.25 * log(2.0) - 0.25 * log(2.0 / 3.0), relative: 1e-15, "psi")
        #expect(throws: StatsError.self) { try evidentlyZeroFilled([0, 0]) }
    }

    @Test("L∞ distance is the largest single change in share")
    func lInfinity() throws {
        #expect(try lInfinityDistance([0.2, 0.5, 0.3], [0.25, 0.35, 0.4]) == abs(0.5 - 0.35))
        #expect(try lInfinityDistance([1], [1]) == 0)
        #expect(throws: StatsError.self) { try lInfinityDistance([1], []) }
    }
}
