import Modeling
import Stats
import Testing

@testable import Sandbox

private typealias Fixture = InjectionFixture
private let always = DriftSchedule(start: InjectionFixture.start)

private func everyKind(id prefix: String = "") -> [DriftInjection] {
    [
        DriftInjection(id: prefix + "cov", kind: .covariate, feature: "distance_from_home_km", magnitude: 0.5, schedule: always),
        DriftInjection(id: prefix + "pri", kind: .prior, magnitude: 0.5, schedule: always),
        DriftInjection(id: prefix + "con", kind: .concept, feature: "is_foreign", magnitude: -1, schedule: always),
        DriftInjection(id: prefix + "new", kind: .newCategory, feature: "merchant_category", magnitude: 0.1, schedule: always),
        DriftInjection(id: prefix + "nul", kind: .nulls, feature: "hour_of_day", magnitude: 0.1, schedule: always),
        DriftInjection(id: prefix + "uni", kind: .unitChange, feature: "velocity_24h", magnitude: 10, schedule: always),
        DriftInjection(id: prefix + "sch", kind: .schemaChange, feature: "is_foreign", magnitude: 0, schedule: always),
    ]
}

@Test func theSameInputsGiveTheSameBatch() throws {
    let first = try Fixture.apply(everyKind())
    let second = try Fixture.apply(everyKind())
    #expect(first.contentHash == second.contentHash)
    #expect(first.contentHash != Fixture.fraudBatch.contentHash)
}

@Test func anotherIDDrawsOtherRows() throws {
    let first = try Fixture.apply(
        [DriftInjection(id: "a", kind: .nulls, feature: "amount", magnitude: 0.3, schedule: always)])
    let second = try Fixture.apply(
        [DriftInjection(id: "b", kind: .nulls, feature: "amount", magnitude: 0.3, schedule: always)])
    let maskA = try Fixture.numbers(first, "amount").map(\.isNaN)
    let maskB = try Fixture.numbers(second, "amount").map(\.isNaN)
    #expect(maskA != maskB)
    #expect(first.contentHash != second.contentHash)
}

@Test func anotherSandboxSeedDrawsOtherRows() throws {
    let injection = DriftInjection(id: "a", kind: .nulls, feature: "amount", magnitude: 0.3, schedule: always)
    let first = try Fixture.apply([injection], seed: 1)
    let second = try Fixture.apply([injection], seed: 2)
    #expect(first.contentHash != second.contentHash)
}

@Test func anInjectionDrawsTheSameWhateverElseIsActive() throws {
    let alone = try Fixture.apply(
        [DriftInjection(id: "a", kind: .nulls, feature: "amount", magnitude: 0.3, schedule: always)])
    let accompanied = try Fixture.apply([
        DriftInjection(id: "z", kind: .nulls, feature: "hour_of_day", magnitude: 0.5, schedule: always),
        DriftInjection(id: "y", kind: .covariate, feature: "velocity_24h", magnitude: 2, schedule: always),
        DriftInjection(id: "a", kind: .nulls, feature: "amount", magnitude: 0.3, schedule: always),
    ])
    // Compared by content hash: NaN is never == NaN, so column equality cannot see equal gaps.
    let amountAlone = try alone.select(columns: ["amount"])
    let amountAccompanied = try accompanied.select(columns: ["amount"])
    #expect(amountAlone.contentHash == amountAccompanied.contentHash)
}

@Test func theStreamIsNamedByTheIDAndTheBatchStart() throws {
    #expect(InjectionStreams.name(id: "d1", batchStart: 1_767_225_600) == "drift.d1.1767225600")
    // Nulls at 0.5 and full strength: row i goes missing when the i-th uniform of the `rows` child
    // of stream drift.<id>.<earliest row time> is below 0.5. A later batch has another stream.
    let batch = Fixture.fraudBatch
    let late = try batch.rows(5_000..<batch.rowCount)
    let injection = DriftInjection(id: "a", kind: .nulls, feature: "amount", magnitude: 0.5, schedule: always)
    for part in [batch, late] {
        let start = try Fixture.times(part, "timestamp").compactMap { $0 }.min() ?? 0
        var rows = SeededGenerator(seed: Fixture.sandboxSeed, stream: "drift.a.\(start)").split("rows")
        let expected = (0..<part.rowCount).map { _ in rows.nextUniform() < 0.5 }
        let mask = try Fixture.numbers(try Fixture.apply([injection], to: part), "amount").map(\.isNaN)
        #expect(mask == expected)
    }
}

@Test func applyingDoesNotChangeTheSet() throws {
    var set = DriftInjectionSet(seed: 3)
    for injection in everyKind() { try set.add(injection, schema: Fixture.fraudBatch.schema, scenario: .fraud) }
    let copy = set
    _ = try set.apply(to: Fixture.fraudBatch, scenario: try Fixture.fraudScenario())
    #expect(set == copy)
    #expect(set.ids == ["cov", "pri", "con", "new", "nul", "uni", "sch"])
    #expect(set.applicationOrder.map(\.id) == ["cov", "pri", "con", "new", "nul", "uni", "sch"])
}
