import Foundation
import Modeling
import Testing

@testable import Sandbox

private typealias Fixture = InjectionFixture
private let always = DriftSchedule(start: InjectionFixture.start)

@Test func theFraudModelReadFromColumnsIsTheGeneratorsModel() throws {
    let batch = Fixture.fraudBatch
    let scenario = try Fixture.fraudScenario()
    let logOdds = try scenario.model.logOdds(in: WorkingBatch(batch), id: "test")
    let probabilities = try Fixture.hiddenFraudProbabilities(batch)
    let largest = zip(logOdds, probabilities).map { abs(1 / (1 + exp(-$0)) - $1) }.max() ?? 1
    #expect(largest < 1e-12)
    // And that model made the labels: the realised rate matches the mean probability.
    let expected = Fixture.average(probabilities)
    let realised = Fixture.rate(try Fixture.flags(batch, "is_fraud"))
    #expect(abs(realised - expected) <= Fixture.binomialTolerance(expected, rows: batch.rowCount))
}

@Test func cardActivitySharesAreTheGeneratorsCardWeights() throws {
    let scenario = FraudScenario()
    let shares = try scenario.cardActivityShares(seed: Fixture.batchSeed)
    #expect(shares.count == scenario.cardCount)
    #expect(abs(shares.reduce(0, +) - 1) < 1e-9)
    // Busy cards in the shares are busy in the data.
    let cards = try Fixture.numbers(Fixture.fraudBatch, "card_id")
    var counts = [Int](repeating: 0, count: scenario.cardCount)
    for card in cards { counts[Int(card)] += 1 }
    let busiest = shares.indices.max { shares[$0] < shares[$1] } ?? 0
    let expected = shares[busiest] * Double(cards.count)
    #expect(abs(Double(counts[busiest]) - expected) < 5 * expected.squareRoot())
}

@Test func theClickModelReadFromColumnsIsTheGeneratorsModel() throws {
    let generator = RecommendationScenario()
    let batch = try generator.generate(days: 1, startTime: Fixture.start, seed: 5)
    let scenario = try BatchScenario(recommendation: generator, seed: 5)
    let logOdds = try scenario.model.logOdds(in: WorkingBatch(batch), id: "test")
    let world = try generator.world(seed: 5)
    let users = try Fixture.numbers(batch, "user_id")
    let items = try Fixture.numbers(batch, "item_id")
    let positions = try Fixture.numbers(batch, "position")
    let segments = try Fixture.labels(batch, "user_segment")
    var largest = 0.0
    for row in stride(from: 0, to: batch.rowCount, by: 7) {
        let user = Int(users[row])
        let item = Int(items[row])
        let segment = generator.segments.first { $0.name == segments[row] }?.clickLogOdds ?? .nan
        let direct = generator.clickModel.logOdds(
            segmentTerm: segment, affinity: world.affinity(user: user, item: item),
            popularity: world.itemPopularity[item], position: Int(positions[row]))
        largest = max(largest, abs(direct - logOdds[row]))
    }
    #expect(largest < 1e-12)
}

@Test func priorDriftRaisesTheClickThroughRate() throws {
    let generator = RecommendationScenario()
    let batch = try generator.generate(days: 1, startTime: Fixture.start, seed: 5)
    var set = DriftInjectionSet(seed: 9)
    try set.add(
        DriftInjection(id: "ctr", kind: .prior, magnitude: 0.5, schedule: always), schema: batch.schema, scenario: .recsys)
    let changed = try set.apply(to: batch, scenario: try BatchScenario(recommendation: generator, seed: 5))
    let ratio = Fixture.rate(try Fixture.flags(changed, "clicked")) / Fixture.rate(try Fixture.flags(batch, "clicked"))
    #expect(ratio > 1.4 && ratio < 1.6)
    #expect(Fixture.othersUnchanged(batch, changed, except: ["clicked"]))
}

@Test func conceptDriftOnPositionBiasMovesClicksUpTheSlate() throws {
    // Position bias doubled: the top slot gains clicks relative to the bottom.
    let generator = RecommendationScenario()
    let batch = try generator.generate(days: 1, startTime: Fixture.start, seed: 5)
    var set = DriftInjectionSet(seed: 9)
    try set.add(
        DriftInjection(id: "bias", kind: .concept, feature: "position", magnitude: 3, schedule: always),
        schema: batch.schema, scenario: .recsys)
    let changed = try set.apply(to: batch, scenario: try BatchScenario(recommendation: generator, seed: 5))
    func topToBottom(_ dataset: Dataset) throws -> Double {
        let positions = try Fixture.numbers(dataset, "position")
        let clicked = try Fixture.flags(dataset, "clicked")
        let top = zip(positions, clicked).filter { $0.0 == 1 }.map { $0.1 == true ? 1.0 : 0 }
        let bottom = zip(positions, clicked).filter { $0.0 == 10 }.map { $0.1 == true ? 1.0 : 0 }
        return Fixture.average(top) / Fixture.average(bottom)
    }
    #expect(try topToBottom(changed) > 1.8 * topToBottom(batch))
}

@Test func priorDriftOnDemandScalesTheLevel() throws {
    let generator = DemandScenario()
    let batch = try generator.generate(days: 56, startTime: Fixture.start, seed: 4)
    var set = DriftInjectionSet(seed: 2)
    try set.add(
        DriftInjection(id: "boom", kind: .prior, magnitude: 0.5, schedule: always), schema: batch.schema, scenario: .demand)
    let changed = try set.apply(to: batch, scenario: try BatchScenario(demand: generator, seed: 4))
    let before = try Fixture.numbers(batch, "demand")
    let after = try Fixture.numbers(changed, "demand")
    // Each count becomes 1.5·y rounded up or down at random with the fraction as probability.
    #expect(zip(before, after).allSatisfy { abs($1 - 1.5 * $0) < 1 && $1 == $1.rounded() })
    let ratio = after.reduce(0, +) / before.reduce(0, +)
    #expect(abs(ratio - 1.5) < 0.01)
}

@Test func conceptDriftOnDemandReversesThePriceEffectButKeepsTheLevel() throws {
    var generator = DemandScenario()
    generator.priceNoise = 0.1
    let batch = try generator.generate(days: 200, startTime: Fixture.start, seed: 4)
    var set = DriftInjectionSet(seed: 2)
    try set.add(
        DriftInjection(id: "giffen", kind: .concept, feature: "price", magnitude: -1, schedule: always),
        schema: batch.schema, scenario: .demand)
    let changed = try set.apply(to: batch, scenario: try BatchScenario(demand: generator, seed: 4))
    // Within one series, the correlation of price and demand turns from negative to positive.
    func priceDemandCorrelation(_ dataset: Dataset) throws -> Double {
        let series = try Fixture.labels(dataset, "series_id")
        let rows = series.indices.filter { series[$0] == "store1-bread" }
        let prices = try Fixture.numbers(dataset, "price")
        let demand = try Fixture.numbers(dataset, "demand")
        let x = rows.map { prices[$0] }
        let y = rows.map { demand[$0] }
        let mx = Fixture.average(x)
        let my = Fixture.average(y)
        let covariance = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        return covariance / (Fixture.sampleDeviation(x) * Fixture.sampleDeviation(y) * Double(x.count - 1))
    }
    #expect(try priceDemandCorrelation(batch) < -0.1)
    #expect(try priceDemandCorrelation(changed) > 0.1)
    let before = try Fixture.numbers(batch, "demand").reduce(0, +)
    let after = try Fixture.numbers(changed, "demand").reduce(0, +)
    #expect(abs(after / before - 1) < 0.03)
    #expect(Fixture.othersUnchanged(batch, changed, except: ["demand"]))
}
