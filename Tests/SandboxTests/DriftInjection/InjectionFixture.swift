import Foundation
import Modeling
import Testing

@testable import Sandbox

/// Shared batches and helpers for the drift injection tests.
enum InjectionFixture {
    /// 2026-01-01T00:00:00Z, where sandbox time starts.
    static let start: Int64 = World.startTime
    static let day: Int64 = 86_400
    static let batchSeed: UInt64 = 42
    static let sandboxSeed: UInt64 = 7

    /// A week of default fraud traffic (about 35 000 rows, 1.5 % fraud).
    static let fraudBatch: Dataset = try! FraudScenario().generate(days: 7, startTime: start, seed: batchSeed)

    /// The fraud scenario that generated `fraudBatch`.
    static func fraudScenario() throws -> BatchScenario {
        try BatchScenario(fraud: FraudScenario(), seed: batchSeed)
    }

    /// `batch` with `injections` added to a fresh set and applied.
    static func apply(
        _ injections: [DriftInjection], to batch: Dataset = fraudBatch, seed: UInt64 = sandboxSeed
    ) throws -> Dataset {
        var set = DriftInjectionSet(seed: seed)
        for injection in injections { try set.add(injection, schema: batch.schema, scenario: .fraud) }
        return try set.apply(to: batch, scenario: try fraudScenario())
    }

    static func numbers(_ dataset: Dataset, _ name: String) throws -> [Double] {
        guard case .numeric(let values) = try dataset.column(named: name).values else {
            Issue.record("column \(name) is not numeric")
            return []
        }
        return values
    }

    static func flags(_ dataset: Dataset, _ name: String) throws -> [Bool?] {
        guard case .boolean(let values) = try dataset.column(named: name).values else {
            Issue.record("column \(name) is not boolean")
            return []
        }
        return values
    }

    static func times(_ dataset: Dataset, _ name: String) throws -> [Int64?] {
        guard case .timestamp(let values) = try dataset.column(named: name).values else {
            Issue.record("column \(name) is not a timestamp")
            return []
        }
        return values
    }

    static func labels(_ dataset: Dataset, _ name: String) throws -> [String?] {
        guard case .categorical(let codes, let categories) = try dataset.column(named: name).values else {
            Issue.record("column \(name) is not categorical")
            return []
        }
        return codes.map { $0 < 0 ? nil : categories[Int($0)] }
    }

    static func average(_ values: [Double]) -> Double {
        values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
    }

    static func sampleDeviation(_ values: [Double]) -> Double {
        let mean = average(values)
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(values.count - 1)).squareRoot()
    }

    /// The share of `true` among the rows.
    static func rate(_ values: [Bool?]) -> Double {
        Double(values.filter { $0 == true }.count) / Double(values.count)
    }

    /// Four standard deviations of a binomial share with probability `p` over `n` rows.
    ///
    /// Every tolerance on a drawn share uses this bound: rows are affected independently, so the
    /// count is Binomial(n, p), and a share lands outside ±4σ with probability about 6·10⁻⁵ for
    /// any seed; the seeds here are fixed, so the tests are also exactly repeatable.
    static func binomialTolerance(_ p: Double, rows n: Int) -> Double {
        4 * (p * (1 - p) / Double(n)).squareRoot()
    }

    /// The probability of fraud of each row under the standard hidden model, from its columns.
    static func hiddenFraudProbabilities(_ dataset: Dataset) throws -> [Double] {
        typealias Name = FraudScenario.ColumnName
        let scenario = FraudScenario()
        let shares = try scenario.cardActivityShares(seed: batchSeed)
        let model = scenario.labelModel
        let amounts = try numbers(dataset, Name.amount)
        let categories = try labels(dataset, Name.merchantCategory)
        let hours = try numbers(dataset, Name.hourOfDay)
        let distances = try numbers(dataset, Name.distanceFromHome)
        let present = try flags(dataset, Name.cardPresent)
        let foreign = try flags(dataset, Name.isForeign)
        let velocity = try numbers(dataset, Name.velocity24h)
        let cards = try numbers(dataset, Name.cardID)
        return (0..<dataset.rowCount).map { row in
            let logOdds = model.logOdds(
                categoryTerm: categories[row].flatMap { model.categoryLogOdds[$0] } ?? 0, amount: amounts[row],
                hourOfDay: Int(hours[row]), distanceKilometres: distances[row], cardPresent: present[row] ?? true,
                isForeign: foreign[row] ?? false, velocity24h: velocity[row],
                typicalVelocity24h: scenario.meanTransactionsPerDay * shares[Int(cards[row])])
            return 1 / (1 + exp(-logOdds))
        }
    }

    /// ROC AUC of the standard hidden model's probabilities against the batch's fraud labels.
    static func hiddenModelAUC(_ dataset: Dataset) throws -> Double {
        let labels = try flags(dataset, FraudScenario.ColumnName.isFraud).map { $0 == true ? 1.0 : 0.0 }
        return try rocAUC(labels: labels, scores: try hiddenFraudProbabilities(dataset))
    }

    /// Whether every column but `changed` is identical in the two datasets.
    static func othersUnchanged(_ first: Dataset, _ second: Dataset, except changed: Set<String>) -> Bool {
        let a = first.columns.filter { !changed.contains($0.name) }
        let b = second.columns.filter { !changed.contains($0.name) }
        return a == b
    }
}
