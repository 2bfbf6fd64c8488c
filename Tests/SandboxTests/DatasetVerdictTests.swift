import Sandbox
import Testing

/// Dataset verdicts: p-value corrections, prepared references and the parallel path.
@Suite("dataset verdicts")
struct DatasetVerdictTests {
    /// Four KS columns (scipy p ≈ 1, 0.022, 0.0043, 7.5e-5) and one drifting Wasserstein column.
    static func columns() -> [DriftColumn] {
        let shifts = [0.0, 6.0, 7.0, 9.0]
        var columns = shifts.enumerated().map { index, shift in
            DriftColumn.numeric(
                "c\(index)", reference: (0..<200).map { Double($0 % 40) },
                current: (0..<200).map { Double($0 % 40) + shift })
        }
        columns.append(.numeric(
            "wide", reference: (0..<1500).map { Double($0 % 50) }, current: (0..<1500).map { Double($0 % 50) + 9 }))
        return columns
    }

    @Test("Bonferroni multiplies p by the number of p-value columns; distances are untouched")
    func bonferroni() throws {
        let raw = try DatasetDriftVerdict.compare(Self.columns())
        let corrected = try DatasetDriftVerdict.compare(Self.columns(), options: DatasetDriftOptions(correction: .bonferroni))
        for (before, after) in zip(raw.columns, corrected.columns) {
            if before.method.scoresPValue {
                let adjusted = try #require(after.adjustedPValue)
                #expect(adjusted == min(before.score * 4, 1))
                #expect(after.drifted == (adjusted <= 0.05))
                #expect(after.reason.contains("Bonferroni-adjusted"))
            } else {
                #expect(after == before)
            }
        }
        #expect(raw.columns.map(\.drifted) != corrected.columns.map(\.drifted), "the example should show a change")
    }

    @Test("Benjamini–Hochberg rejects no less than Bonferroni and no more than no correction")
    func benjaminiHochberg() throws {
        let counts = try MultipleTestingCorrection.allCases.map { correction in
            try DatasetDriftVerdict.compare(Self.columns(), options: DatasetDriftOptions(correction: correction))
                .driftedCount
        }
        #expect(counts[2] >= counts[1])
        #expect(counts[2] <= counts[0])
        // BH thresholds i/4·0.05 reject the three smallest p-values; Bonferroni (0.0125) only two.
        #expect(counts == [4, 3, 4])
    }

    @Test("prepared references give the same verdicts, serially and in parallel")
    func prepared() async throws {
        let columns = Self.columns()
        let direct = try DatasetDriftVerdict.compare(columns)
        let references = try columns.map { column throws(DriftError) in
            try PreparedReference(name: column.name, sample: column.reference)
        }
        let currents = columns.map(\.current)
        let serial = try DatasetDriftVerdict.compare(references: references, currents: currents)
        let parallel = try await DatasetDriftVerdict.compareInParallel(references: references, currents: currents)
        #expect(serial == direct)
        #expect(parallel == direct)
        #expect(throws: DriftError(.mismatchedColumns, DriftMessages.columnCountMismatch(references: 5, currents: 1))) {
            try DatasetDriftVerdict.compare(references: references, currents: [currents[0]])
        }
    }

    @Test("drift share is configurable and compared with ≥")
    func driftShare() throws {
        let verdict = try DatasetDriftVerdict.compare(Self.columns(), options: DatasetDriftOptions(driftShare: 0.8))
        #expect(verdict.drifted == (verdict.share >= 0.8))
        #expect(verdict.share == Double(verdict.driftedCount) / 5)
        #expect(throws: DriftError(.mismatchedColumns, DriftMessages.noColumns)) {
            try DatasetDriftVerdict.compare([])
        }
    }
}
