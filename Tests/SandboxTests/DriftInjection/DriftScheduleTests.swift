import Modeling
import Testing

@testable import Sandbox

private typealias Fixture = InjectionFixture
private let t0: Int64 = 1_800_000_000

@Test func suddenDriftIsFullFromItsStartAndAbsentBefore() {
    let schedule = DriftSchedule(start: t0)
    #expect(schedule.strength(at: t0 - 1) == 0)
    #expect(schedule.strength(at: t0) == 1)
    #expect(schedule.strength(at: t0 + 10 * Fixture.day) == 1)
}

@Test func gradualDriftRampsLinearlyFromZeroToFull() {
    let schedule = DriftSchedule(start: t0, ramp: 3_600)
    #expect(schedule.strength(at: t0 - 1) == 0)
    #expect(schedule.strength(at: t0) == 0)
    #expect(schedule.strength(at: t0 + 900) == 0.25)
    #expect(schedule.strength(at: t0 + 1_800) == 0.5)
    #expect(schedule.strength(at: t0 + 3_600) == 1)
    #expect(schedule.strength(at: t0 + 7_200) == 1)
}

@Test func recurringDriftIsOnForTheFirstHalfOfEachPeriod() {
    let schedule = DriftSchedule(start: t0, period: 600)
    let expected: [(Int64, Double)] = [
        (-1, 0), (0, 1), (299, 1), (300, 0), (599, 0), (600, 1), (899, 1), (900, 0), (6_000, 1), (6_300, 0),
    ]
    for (offset, strength) in expected {
        #expect(schedule.strength(at: t0 + offset) == strength, "at start + \(offset) s")
    }
}

@Test func anOddPeriodIsOnWhileTwiceThePhaseIsBelowIt() {
    // Period 121: on while (t − start) mod 121 < 60.5, so phases 0…60 on and 61…120 off.
    let schedule = DriftSchedule(start: t0, period: 121)
    #expect(schedule.strength(at: t0 + 60) == 1)
    #expect(schedule.strength(at: t0 + 61) == 0)
    #expect(schedule.strength(at: t0 + 120) == 0)
    #expect(schedule.strength(at: t0 + 121) == 1)
}

@Test func aRecurringRampGrowsOnceAndSwitchesOnAndOff() {
    let schedule = DriftSchedule(start: t0, ramp: 1_200, period: 600)
    #expect(schedule.strength(at: t0 + 150) == 0.125)
    #expect(schedule.strength(at: t0 + 450) == 0)
    #expect(schedule.strength(at: t0 + 750) == 0.625)
    #expect(schedule.strength(at: t0 + 1_050) == 0)
    #expect(schedule.strength(at: t0 + 1_200) == 1)
}

@Test func theInjectionReportsItsSchedulesStrength() {
    let injection = DriftInjection(
        id: "d1", kind: .covariate, feature: "amount", magnitude: 1, schedule: DriftSchedule(start: t0, ramp: 100))
    #expect(injection.strength(at: t0 + 50) == 0.5)
}

@Test func rowsBeforeTheStartOfABatchSpanningItAreUntouched() throws {
    let batch = Fixture.fraudBatch
    let start = Fixture.start + Fixture.day * 7 / 2
    let changed = try Fixture.apply(
        [DriftInjection(id: "cents", kind: .unitChange, feature: "amount", magnitude: 100, schedule: DriftSchedule(start: start))],
        to: batch)
    let times = try Fixture.times(batch, "timestamp")
    let before = try Fixture.numbers(batch, "amount")
    let after = try Fixture.numbers(changed, "amount")
    var early = 0
    var late = 0
    var wrong = 0
    for row in 0..<batch.rowCount {
        guard let time = times[row] else { continue }
        if time < start {
            early += 1
            wrong += after[row] == before[row] ? 0 : 1
        } else {
            late += 1
            wrong += after[row] == before[row] * 100 ? 0 : 1
        }
    }
    #expect(wrong == 0)
    #expect(early > 1_000 && late > 1_000)
}

@Test func aGradualCovariateShiftMovesEachRowByItsOwnStrength() throws {
    let batch = Fixture.fraudBatch
    let schedule = DriftSchedule(start: Fixture.start + Fixture.day, ramp: 4 * Fixture.day)
    let injection = DriftInjection(
        id: "ramp", kind: .covariate, feature: "distance_from_home_km", magnitude: 2, schedule: schedule, scale: 10)
    let changed = try Fixture.apply([injection], to: batch)
    let times = try Fixture.times(batch, "timestamp")
    let before = try Fixture.numbers(batch, "distance_from_home_km")
    let after = try Fixture.numbers(changed, "distance_from_home_km")
    for row in stride(from: 0, to: batch.rowCount, by: 97) {
        let strength = injection.strength(at: times[row] ?? 0)
        #expect(abs(after[row] - (before[row] + 20 * strength)) <= 1e-9, "row \(row), strength \(strength)")
    }
}

@Test func aRecurringInjectionLeavesItsOffHalvesAlone() throws {
    let batch = Fixture.fraudBatch
    let injection = DriftInjection(
        id: "blink", kind: .nulls, feature: "velocity_24h", magnitude: 1,
        schedule: DriftSchedule(start: Fixture.start, period: Fixture.day))
    let changed = try Fixture.apply([injection], to: batch)
    let times = try Fixture.times(batch, "timestamp")
    let after = try Fixture.numbers(changed, "velocity_24h")
    var onRows = 0
    var wrong = 0
    for row in 0..<batch.rowCount {
        let on = ((times[row] ?? 0) - Fixture.start) % Fixture.day < Fixture.day / 2
        onRows += on ? 1 : 0
        wrong += after[row].isNaN == on ? 0 : 1
    }
    #expect(wrong == 0)
    #expect(onRows > 1_000 && onRows < batch.rowCount - 1_000)
}
