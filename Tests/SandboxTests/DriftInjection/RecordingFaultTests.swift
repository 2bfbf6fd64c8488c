import Modeling
import Testing

@testable import Sandbox

private typealias Fixture = InjectionFixture
private let always = DriftSchedule(start: InjectionFixture.start)

@Test func nullsMakeThatShareOfValuesMissing() throws {
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply(
        [DriftInjection(id: "gaps", kind: .nulls, feature: "amount", magnitude: 0.1, schedule: always)])
    let before = try Fixture.numbers(batch, "amount")
    let after = try Fixture.numbers(changed, "amount")
    let missing = Double(after.filter(\.isNaN).count) / Double(batch.rowCount)
    #expect(abs(missing - 0.1) <= Fixture.binomialTolerance(0.1, rows: batch.rowCount))
    #expect(zip(before, after).allSatisfy { $1.isNaN || $0 == $1 })
    // Labels stay: a recording fault does not change the world.
    #expect(Fixture.othersUnchanged(batch, changed, except: ["amount"]))
}

@Test(arguments: ["merchant_category", "card_present"])
func nullsWorkOnEveryType(feature: String) throws {
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply(
        [DriftInjection(id: "gaps", kind: .nulls, feature: feature, magnitude: 0.25, schedule: always)])
    let summary = changed.summary().first { $0.name == feature }
    let share = Double(summary?.missing ?? 0) / Double(batch.rowCount)
    #expect(abs(share - 0.25) <= Fixture.binomialTolerance(0.25, rows: batch.rowCount))
}

@Test func unitChangeMultipliesEveryValueExactly() throws {
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply(
        [DriftInjection(id: "cents", kind: .unitChange, feature: "amount", magnitude: 100, schedule: always)])
    let before = try Fixture.numbers(batch, "amount")
    let after = try Fixture.numbers(changed, "amount")
    #expect(zip(before, after).allSatisfy { $1 == $0 * 100 })
    #expect(Fixture.othersUnchanged(batch, changed, except: ["amount"]))
}

@Test func aGradualUnitChangeConvertsAGrowingShareOfRows() throws {
    // A ramp is a rollout: each row is converted with probability equal to its strength.
    let batch = Fixture.fraudBatch
    let injection = DriftInjection(
        id: "km", kind: .unitChange, feature: "distance_from_home_km", magnitude: 0.001,
        schedule: DriftSchedule(start: Fixture.start, ramp: 7 * Fixture.day))
    let changed = try Fixture.apply([injection])
    let times = try Fixture.times(batch, "timestamp")
    let before = try Fixture.numbers(batch, "distance_from_home_km")
    let after = try Fixture.numbers(changed, "distance_from_home_km")
    var expected = 0.0
    var converted = 0
    var wrong = 0
    for row in 0..<batch.rowCount {
        expected += injection.strength(at: times[row] ?? 0)
        if before[row] != 0, after[row] != before[row] {
            converted += 1
            wrong += after[row] == before[row] * 0.001 ? 0 : 1
        }
    }
    let zeros = before.filter { $0 == 0 }.count
    let share = Double(converted) / Double(batch.rowCount - zeros)
    let expectedShare = expected / Double(batch.rowCount)
    #expect(wrong == 0)
    #expect(abs(share - expectedShare) <= Fixture.binomialTolerance(0.5, rows: batch.rowCount - zeros))
}

@Test func schemaChangeRenamesTheColumnInPlace() throws {
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply(
        [DriftInjection(id: "v2", kind: .schemaChange, feature: "amount", magnitude: 0, schedule: always)])
    let names = changed.columns.map(\.name)
    #expect(!names.contains("amount"))
    #expect(names.firstIndex(of: "amount_v2") == batch.columns.map(\.name).firstIndex(of: "amount"))
    #expect(try changed.column(named: "amount_v2").values == batch.column(named: "amount").values)
    #expect(try changed.column(named: "amount_v2").role == .feature)
}

@Test func aSchemaChangeInsideTheBatchSplitsTheColumn() throws {
    let batch = Fixture.fraudBatch
    let start = Fixture.start + 3 * Fixture.day
    let changed = try Fixture.apply(
        [DriftInjection(id: "v2", kind: .schemaChange, feature: "amount", magnitude: 0, schedule: DriftSchedule(start: start))])
    let times = try Fixture.times(batch, "timestamp")
    let original = try Fixture.numbers(batch, "amount")
    let old = try Fixture.numbers(changed, "amount")
    let renamed = try Fixture.numbers(changed, "amount_v2")
    var wrong = 0
    for row in 0..<batch.rowCount {
        let migrated = (times[row] ?? 0) >= start
        let oldRight = migrated ? old[row].isNaN : old[row] == original[row]
        let newRight = migrated ? renamed[row] == original[row] : renamed[row].isNaN
        wrong += oldRight && newRight ? 0 : 1
    }
    #expect(wrong == 0)
    #expect(changed.columns.map(\.name).firstIndex(of: "amount_v2") == 4)
}

@Test func faultsApplyAfterWorldChangesAndRenamesLast() throws {
    // Added in the "wrong" order, the rename still comes last, so the unit change finds its column.
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply([
        DriftInjection(id: "rename", kind: .schemaChange, feature: "amount", magnitude: 0, schedule: always),
        DriftInjection(id: "cents", kind: .unitChange, feature: "amount", magnitude: 100, schedule: always),
    ])
    let before = try Fixture.numbers(batch, "amount")
    let after = try Fixture.numbers(changed, "amount_v2")
    #expect(zip(before, after).allSatisfy { $1 == $0 * 100 })
}
