import Foundation
import Modeling
import Testing

@testable import Sandbox

private typealias Fixture = InjectionFixture
private let always = DriftSchedule(start: InjectionFixture.start)
private let featureNames = [
    "amount", "merchant_category", "hour_of_day", "distance_from_home_km", "card_present", "velocity_24h", "is_foreign",
]
private let labelColumns: Set = ["is_fraud", "label_available_at"]

@Test func covariateDriftShiftsTheMeanByMagnitudeStandardDeviations() throws {
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply(
        [DriftInjection(id: "up", kind: .covariate, feature: "amount", magnitude: 1.5, schedule: always)])
    let before = try Fixture.numbers(batch, "amount")
    let after = try Fixture.numbers(changed, "amount")
    let deviation = Fixture.sampleDeviation(before)
    let shift = Fixture.average(after) - Fixture.average(before)
    #expect(abs(shift - 1.5 * deviation) <= 1e-9 * deviation)
    // A pure location shift: the spread does not change.
    #expect(abs(Fixture.sampleDeviation(after) - deviation) <= 1e-9 * deviation)
    #expect(Fixture.othersUnchanged(batch, changed, except: labelColumns.union(["amount"])))
}

@Test func covariateDriftKeepsTheHiddenModelTrue() throws {
    // Bigger amounts raise the hidden fraud probability; the re-drawn labels follow it, so the
    // realised fraud rate matches the mean hidden probability of the shifted rows.
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply(
        [DriftInjection(id: "up", kind: .covariate, feature: "amount", magnitude: 3, schedule: always)])
    let expected = Fixture.average(try Fixture.hiddenFraudProbabilities(changed))
    let realised = Fixture.rate(try Fixture.flags(changed, "is_fraud"))
    #expect(expected > 1.3 * Fixture.rate(try Fixture.flags(batch, "is_fraud")))
    #expect(abs(realised - expected) <= Fixture.binomialTolerance(expected, rows: batch.rowCount))
}

@Test func covariateDriftOnACategoryMovesThatShareOfRowsToTheTarget() throws {
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply(
        [DriftInjection(id: "mix", kind: .covariate, feature: "merchant_category", magnitude: 0.3, schedule: always)])
    let before = try Fixture.labels(batch, "merchant_category")
    let after = try Fixture.labels(changed, "merchant_category")
    // The default target is the last category in sorted order: travel.
    let travelBefore = Double(before.filter { $0 == "travel" }.count) / Double(batch.rowCount)
    let travelAfter = Double(after.filter { $0 == "travel" }.count) / Double(batch.rowCount)
    let expected = travelBefore + 0.3 * (1 - travelBefore)
    #expect(abs(travelAfter - expected) <= Fixture.binomialTolerance(0.3, rows: batch.rowCount))
    let moved = zip(before, after).filter { $0 != $1 }
    #expect(moved.allSatisfy { $0.1 == "travel" })
}

@Test func covariateDriftOnABooleanMovesRowsToTheNamedValue() throws {
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply(
        [
            DriftInjection(
                id: "cnp", kind: .covariate, feature: "card_present", magnitude: 0.5, schedule: always, category: "false")
        ])
    let before = try Fixture.flags(batch, "card_present")
    let after = try Fixture.flags(changed, "card_present")
    let presentBefore = Fixture.rate(before)
    let presentAfter = Fixture.rate(after)
    #expect(abs(presentAfter - 0.5 * presentBefore) <= Fixture.binomialTolerance(0.5, rows: batch.rowCount))
    #expect(zip(before, after).allSatisfy { $0 == $1 || $1 == false })
}

@Test func newCategoryAppearsWithTheExpectedShare() throws {
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply(
        [
            DriftInjection(
                id: "crypto", kind: .newCategory, feature: "merchant_category", magnitude: 0.2, schedule: always,
                category: "crypto")
        ])
    guard case .categorical(_, let categories) = try changed.column(named: "merchant_category").values else {
        Issue.record("merchant_category is not categorical")
        return
    }
    #expect(categories == ["crypto", "electronics", "fuel", "grocery", "online", "restaurants", "travel"])
    let share = Double(try Fixture.labels(changed, "merchant_category").filter { $0 == "crypto" }.count)
        / Double(batch.rowCount)
    #expect(abs(share - 0.2) <= Fixture.binomialTolerance(0.2, rows: batch.rowCount))
    #expect(!(try Fixture.labels(batch, "merchant_category")).contains("crypto"))
}

@Test func newCategoryDefaultsToUnseen() throws {
    let changed = try Fixture.apply(
        [DriftInjection(id: "n", kind: .newCategory, feature: "merchant_category", magnitude: 0.05, schedule: always)])
    #expect(try Fixture.labels(changed, "merchant_category").contains("unseen"))
}

@Test func priorDriftMultipliesTheFraudRateByOnePlusMagnitude() throws {
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply([DriftInjection(id: "more", kind: .prior, magnitude: 1, schedule: always)])
    let before = Fixture.rate(try Fixture.flags(batch, "is_fraud"))
    let after = Fixture.rate(try Fixture.flags(changed, "is_fraud"))
    // Every row's log-odds move by the δ that doubles the hidden rate of the reference day; the
    // expected rate of this batch is the mean of its hidden probabilities moved by δ.
    let scenario = try Fixture.fraudScenario()
    let reference = try scenario.model.logOdds(in: try scenario.calibrationReference(), id: "test")
    let referenceRate = try #require(LabelCalibration.rate(reference))
    let delta = LabelCalibration.logOddsShift(logOdds: reference, change: [], target: 2 * referenceRate)
    let expected = Fixture.average(
        try Fixture.hiddenFraudProbabilities(batch).map { p in p * exp(delta) / (1 - p + p * exp(delta)) })
    #expect(abs(after - expected) <= Fixture.binomialTolerance(expected, rows: batch.rowCount))
    #expect(after / before > 1.85 && after / before < 2.15)
    #expect(Fixture.othersUnchanged(batch, changed, except: labelColumns))
}

@Test func priorDriftCanLowerTheRate() throws {
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply([DriftInjection(id: "less", kind: .prior, magnitude: -0.5, schedule: always)])
    let ratio = Fixture.rate(try Fixture.flags(changed, "is_fraud")) / Fixture.rate(try Fixture.flags(batch, "is_fraud"))
    #expect(ratio > 0.4 && ratio < 0.6)
}

@Test func flippedLabelsGetConsistentArrivalTimes() throws {
    let changed = try Fixture.apply([DriftInjection(id: "more", kind: .prior, magnitude: 2, schedule: always)])
    let times = try Fixture.times(changed, "timestamp")
    let arrivals = try Fixture.times(changed, "label_available_at")
    let fraud = try Fixture.flags(changed, "is_fraud")
    var wrong = 0
    for row in 0..<changed.rowCount {
        let delay = (arrivals[row] ?? 0) - (times[row] ?? 0)
        let consistent = fraud[row] == true ? (2 * Fixture.day...60 * Fixture.day).contains(delay) : delay == 60 * Fixture.day
        wrong += consistent ? 0 : 1
    }
    #expect(wrong == 0)
}

@Test func conceptDriftBreaksTheOldModelButNotTheFeatures() throws {
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply([DriftInjection(id: "flip", kind: .concept, magnitude: -1, schedule: always)])
    let before = try Fixture.hiddenModelAUC(batch)
    let after = try Fixture.hiddenModelAUC(changed)
    #expect(before > 0.8)
    #expect(after < 0.4)
    // The intercept is re-set so the fraud rate stays: only performance can reveal this drift.
    let rateBefore = Fixture.rate(try Fixture.flags(batch, "is_fraud"))
    let rateAfter = Fixture.rate(try Fixture.flags(changed, "is_fraud"))
    #expect(abs(rateAfter - rateBefore) <= Fixture.binomialTolerance(rateBefore, rows: batch.rowCount))
    for name in featureNames {
        let a = try batch.column(named: name)
        let b = try changed.column(named: name)
        #expect(a == b, "feature \(name) must not move")
    }
    #expect(Fixture.othersUnchanged(batch, changed, except: labelColumns))
}

@Test func conceptDriftOnOneFeatureReversesItsEffect() throws {
    // Fraud moves to small amounts: among frauds, the amount falls.
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply(
        [DriftInjection(id: "small", kind: .concept, feature: "amount", magnitude: -1, schedule: always)])
    func fraudMedianAmount(_ dataset: Dataset) throws -> Double {
        let amounts = try Fixture.numbers(dataset, "amount")
        let fraud = try Fixture.flags(dataset, "is_fraud")
        let picked = zip(amounts, fraud).filter { $0.1 == true }.map(\.0).sorted()
        return picked[picked.count / 2]
    }
    #expect(try fraudMedianAmount(changed) < 0.6 * fraudMedianAmount(batch))
    #expect(try Fixture.hiddenModelAUC(changed) < Fixture.hiddenModelAUC(batch) - 0.1)
}

@Test func magnitudesThatChangeNothingLeaveTheBatchAlone() throws {
    let batch = Fixture.fraudBatch
    let changed = try Fixture.apply([
        DriftInjection(id: "c", kind: .concept, magnitude: 1, schedule: always),
        DriftInjection(id: "p", kind: .prior, magnitude: 0, schedule: always),
        DriftInjection(id: "s", kind: .covariate, feature: "amount", magnitude: 0, schedule: always),
    ])
    #expect(changed.contentHash == batch.contentHash)
}

@Test func driftBeforeItsStartLeavesTheBatchAlone() throws {
    let batch = Fixture.fraudBatch
    let later = DriftSchedule(start: Fixture.start + 30 * Fixture.day)
    let changed = try Fixture.apply([
        DriftInjection(id: "c", kind: .concept, magnitude: -1, schedule: later),
        DriftInjection(id: "n", kind: .nulls, feature: "amount", magnitude: 1, schedule: later),
    ])
    #expect(changed == batch)
}
