import Sandbox
import Testing

/// Evidently 0.7's `_get_default_stattest`, boundary by boundary.
@Suite("default method choice")
struct MethodChoiceTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let kind: ColumnKind
        let referenceCount: Int
        let distinctCount: Int
        let expected: DriftMethod
        var testDescription: String { "\(kind) N=\(referenceCount) n_values=\(distinctCount) → \(expected)" }
    }

    static let table: [Row] = [
        Row(kind: .numeric, referenceCount: 1000, distinctCount: 6, expected: .ks),
        Row(kind: .numeric, referenceCount: 1001, distinctCount: 6, expected: .wasserstein),
        Row(kind: .numeric, referenceCount: 1000, distinctCount: 5, expected: .chisquare),
        Row(kind: .numeric, referenceCount: 1000, distinctCount: 3, expected: .chisquare),
        Row(kind: .numeric, referenceCount: 1000, distinctCount: 2, expected: .z),
        Row(kind: .numeric, referenceCount: 1000, distinctCount: 1, expected: .z),
        Row(kind: .numeric, referenceCount: 1001, distinctCount: 5, expected: .jensenshannon),
        Row(kind: .numeric, referenceCount: 1001, distinctCount: 2, expected: .jensenshannon),
        Row(kind: .categorical, referenceCount: 1000, distinctCount: 40, expected: .chisquare),
        Row(kind: .categorical, referenceCount: 1000, distinctCount: 3, expected: .chisquare),
        Row(kind: .categorical, referenceCount: 1000, distinctCount: 2, expected: .z),
        Row(kind: .categorical, referenceCount: 1001, distinctCount: 40, expected: .jensenshannon),
        Row(kind: .categorical, referenceCount: 1001, distinctCount: 2, expected: .jensenshannon),
    ]

    @Test("the rule table", arguments: table)
    func rule(_ row: Row) {
        let method = MethodChoice.defaultMethod(
            kind: row.kind, referenceCount: row.referenceCount, distinctCount: row.distinctCount)
        #expect(method == row.expected)
    }

    @Test("distinct values count reference ∪ current: a sixth value only in current picks KS")
    func unionCounts() throws {
        let reference = (0..<500).map { Double($0 % 5) }
        let current = (0..<400).map { Double($0 % 5) } + [9]
        let verdict = try DriftVerdict.compare(.numeric("x", reference: reference, current: current))
        #expect(verdict.method == .ks)
        #expect(verdict.sizes.distinctValues == 6)
        #expect(verdict.choice == .evidentlyDefault(kind: .numeric, referenceCount: 500, distinctCount: 6))
    }

    @Test("N counts reference rows after dropping missing values: 1001 rows with 2 NaN use KS")
    func referenceSizeAfterDropping() throws {
        let reference = (0..<999).map { Double($0 % 37) } + [.nan, .nan]
        let current = (0..<900).map { Double($0 % 37) }
        let verdict = try DriftVerdict.compare(.numeric("x", reference: reference, current: current))
        #expect(verdict.method == .ks)
        #expect(verdict.sizes.reference == 999)
        let clean = try DriftVerdict.compare(.numeric("x", reference: (0..<1001).map { Double($0 % 37) }, current: current))
        #expect(clean.method == .wasserstein)
    }

    @Test("methods by name and their Evidently display names")
    func names() throws {
        #expect(try DriftMethod(name: "jensenshannon") == .jensenshannon)
        #expect(DriftMethod.wasserstein.evidentlyDisplayName == "Wasserstein distance (normed)")
        #expect(throws: DriftError(.unknownMethod, DriftMessages.unknownMethod("kl"))) { try DriftMethod(name: "kl") }
        #expect(DriftMessages.unknownMethod("kl") == "no drift method named 'kl'; known methods: ks, chisquare, z, wasserstein, jensenshannon, psi, linf")
    }
}
