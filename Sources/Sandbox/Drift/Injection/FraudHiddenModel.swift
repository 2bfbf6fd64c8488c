#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// `FraudLabelModel` term by term, read from a batch's columns.
///
/// Inputs outside the model's range count at its edge: a negative amount or distance as 0.
struct FraudHiddenModel: Sendable {
    let scenario: FraudScenario
    /// Each card's share of activity, from the batch's seed (`FraudScenario.cardActivityShares`).
    let cardShares: [Double]

    func terms(_ feature: String?, in batch: WorkingBatch, id: String) throws(SandboxError) -> [Double] {
        var total = [Double](repeating: 0, count: batch.rowCount)
        for name in feature.map({ [$0] }) ?? ScenarioName.fraud.hiddenModelFeatures {
            try add(name, to: &total, batch, id)
        }
        return total
    }

    private func add(_ name: String, to total: inout [Double], _ batch: WorkingBatch, _ id: String) throws(SandboxError) {
        typealias Name = FraudScenario.ColumnName
        let model = scenario.labelModel
        switch name {
        case Name.amount:
            let amounts = try batch.numeric(name, for: id)
            for row in total.indices { total[row] += model.logAmount * (log1p(max(0, amounts[row])) - model.amountCentre) }
        case Name.merchantCategory:
            let (codes, categories) = try batch.categorical(name, for: id)
            let byCode = categories.map { model.categoryLogOdds[$0] ?? 0 }
            for row in total.indices where codes[row] >= 0 { total[row] += byCode[Int(codes[row])] }
        case Name.hourOfDay:
            let hours = try batch.numeric(name, for: id)
            for row in total.indices where hours[row] < 6 { total[row] += model.night }
        case Name.distanceFromHome:
            let distances = try batch.numeric(name, for: id)
            for row in total.indices { total[row] += model.logDistance * log1p(max(0, distances[row])) }
        case Name.cardPresent:
            let present = try batch.boolean(name, for: id)
            for row in total.indices where present[row] == false { total[row] += model.cardNotPresent }
        case Name.isForeign:
            let foreign = try batch.boolean(name, for: id)
            for row in total.indices where foreign[row] == true { total[row] += model.foreign }
        case Name.velocity24h:
            try addVelocity(to: &total, batch, id)
        default:
            return
        }
    }

    /// The excess of a card's 24-hour count over its typical count, as `FraudLabelModel.logOdds`.
    private func addVelocity(to total: inout [Double], _ batch: WorkingBatch, _ id: String) throws(SandboxError) {
        typealias Name = FraudScenario.ColumnName
        let model = scenario.labelModel
        let velocity = try batch.numeric(Name.velocity24h, for: id)
        let cards = try batch.numeric(Name.cardID, for: id)
        for row in total.indices {
            let card = cards[row]
            guard card >= 0, card < Double(cardShares.count), card == card.rounded() else {
                throw SandboxError(
                    DriftInjectionMessages.batchMismatch(
                        scenario: .fraud, column: Name.cardID, value: card, count: cardShares.count))
            }
            let typical = scenario.meanTransactionsPerDay * cardShares[Int(card)]
            let excess = (velocity[row] - typical) / (typical + 1).squareRoot()
            total[row] += model.velocity * min(max(0, excess), model.velocityCap)
        }
    }
}
