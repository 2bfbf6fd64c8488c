@testable import Sandbox
import Testing

/// NaN and ±inf are missing and dropped per side; nothing left is a clear error.
@Suite("missing values")
struct MissingValueTests {
    static let reference = (0..<400).map { Double($0 % 29) }
    static let current = (0..<300).map { Double($0 % 31) }

    @Test("NaN and ±inf are dropped before counting and testing")
    func dropped() throws {
        let dirty = try DriftVerdict.compare(.numeric(
            "x", reference: Self.reference + [.nan, .infinity, -.infinity], current: [.nan] + Self.current))
        let clean = try DriftVerdict.compare(.numeric("x", reference: Self.reference, current: Self.current))
        #expect(dirty.score == clean.score)
        #expect(dirty.method == clean.method)
        #expect(dirty.sizes.reference == 400)
        #expect(dirty.sizes.droppedFromReference == 3)
        #expect(dirty.sizes.droppedFromCurrent == 1)
        #expect(dirty.sizes.distinctValues == 31)
    }

    @Test("a reference with only missing values is an error naming the column")
    func emptyReference() {
        let column = DriftColumn.numeric("latency", reference: [.nan, .infinity], current: [1, 2])
        #expect(throws: DriftError(
            .emptyAfterDropping,
            "column 'latency' has no values left in the reference sample after dropping 2 missing (NaN or ±inf); "
                + "drift needs at least one value on each side")) { try DriftVerdict.compare(column) }
    }

    @Test("an empty current window is an error")
    func emptyCurrent() throws {
        let prepared = try PreparedReference(name: "latency", sample: .numeric(Self.reference))
        #expect(throws: DriftError(
            .emptyAfterDropping, DriftMessages.emptyAfterDropping(column: "latency", side: "current", dropped: 1))) {
            try prepared.verdict(current: .numeric([-.infinity]))
        }
        #expect(throws: DriftError(
            .emptyAfterDropping, DriftMessages.emptyAfterDropping(column: "plan", side: "current", dropped: 0))) {
            try DriftVerdict.compare(.categorical("plan", reference: ["a"], current: []))
        }
    }

    @Test("methods refuse column kinds Evidently refuses, and bad options are errors")
    func refusals() throws {
        let labels = DriftColumn.categorical("plan", reference: ["a", "b"], current: ["a"])
        #expect(throws: DriftError(
            .methodNotApplicable,
            "method 'ks' does not apply to categorical column 'plan'; it takes: numeric")) {
            try DriftVerdict.compare(labels, options: ColumnDriftOptions(method: .ks))
        }
        let numbers = DriftColumn.numeric("x", reference: Self.reference, current: Self.current)
        #expect(throws: DriftError(
            .methodNotApplicable, DriftMessages.methodNotApplicable(.chisquare, column: "x", kind: .numeric))) {
            try DriftVerdict.compare(numbers, options: ColumnDriftOptions(method: .chisquare))
        }
        #expect(throws: DriftError(.invalidOption, DriftMessages.invalidThreshold(.nan, column: "x"))) {
            try DriftVerdict.compare(numbers, options: ColumnDriftOptions(threshold: .nan))
        }
        let prepared = try PreparedReference(name: "x", sample: .numeric(Self.reference))
        #expect(throws: DriftError(
            .mismatchedColumns, DriftMessages.kindMismatch(column: "x", reference: .numeric, current: .categorical))) {
            try prepared.verdict(current: .categorical(["a"]))
        }
        #expect(throws: DriftError(.invalidOption, DriftMessages.invalidDriftShare(1.5))) {
            try DatasetDriftVerdict.compare([numbers], options: DatasetDriftOptions(driftShare: 1.5))
        }
    }
}

/// The fast distinct count over reference ∪ current agrees with a set of the values.
@Suite("distinct values")
struct DistinctValueTests {
    @Test("union count with ties, shared values and signed zeros")
    func unionCount() {
        let first: [Double] = [-0.0, 1, 1, 2, 5, 5, 9]
        let second: [Double] = [0.0, 0.5, 2, 2, 5, 11, 11, 12]
        let expected = Set((first + second).map { $0 == 0 ? 0 : $0 }).count
        #expect(Sandbox.unionDistinctCount(first, second) == expected)
        #expect(Sandbox.unionDistinctCount(first, []) == 5)
        #expect(Sandbox.unionDistinctCount([], second) == 6)
    }
}
