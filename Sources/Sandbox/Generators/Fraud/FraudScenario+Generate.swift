#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Modeling
import Stats
import Values

extension FraudScenario {
    /// Generates `days` of transactions from `startTime` (seconds since the epoch), deterministically in `seed`.
    ///
    /// Throws `invalidParameter` for a bad parameter and `capExceeded` when the run would pass
    /// `ScenarioLimits.maximumRowCount` rows (checked on the expected count before generating, and
    /// on the drawn count while generating).
    public func generate(days: Int, startTime: Int64, seed: UInt64) throws(GeneratorError) -> Dataset {
        try generate(hours: days * 24, startTime: startTime, seed: seed)
    }

    /// Generates `hours` whole hours from `startTime`: the same rows `generate(days:)` gives for
    /// `hours = 24·days`. Live traffic draws only the hours it serves.
    public func generate(hours: Int, startTime: Int64, seed: UInt64) throws(GeneratorError) -> Dataset {
        try generateWithActivity(hours: hours, startTime: startTime, seed: seed).dataset
    }

    /// `generate(hours:startTime:seed:)`, and the card activity it drew (``cardActivity(seed:)``)
    /// for a caller that needs it too.
    func generateWithActivity(
        hours: Int, startTime: Int64, seed: UInt64
    ) throws(GeneratorError) -> (dataset: Dataset, cardActivity: CategoricalSampler) {
        try validate()
        let check = ParameterCheck(scenario: Self.name)
        try check.run(hours: hours, startTime: startTime)
        try check.expectedRowCap(meanTransactionsPerDay * Double(hours) / 24)

        let root = SeededGenerator(seed: seed, stream: Self.streamName)
        // The card population has its own stream: with millions of cards (live traffic) it is
        // drawn on another core while the timeline and the transactions' other columns are.
        let scenario = self
        let population = Concurrently { () throws(GeneratorError) -> CategoricalSampler in try scenario.cardActivity(seed: seed) }
        var timeline = root.split("timeline")
        let times = try EventTimeline.generate(
            hours: hours, startTime: startTime, meanPerDay: meanTransactionsPerDay, profile: seasonality,
            check: check, using: &timeline)
        var transactionStream = root.split("transactions")
        var rows = drawTransactions(times: times, using: &transactionStream)
        let cardSampler = try population.value()
        rows.resolveCards(with: cardSampler)
        var velocity = TransactionVelocity.counts(cards: rows.cards, times: times, cardCount: cardCount)
        var historyStream = root.split("velocity-history")
        TransactionVelocity.addHistory(
            to: &velocity, cardShares: rows.cardShares, times: times, startTime: startTime,
            meanPerDay: meanTransactionsPerDay, using: &historyStream)
        var labelStream = root.split("labels")
        let labels = drawLabels(rows: rows, times: times, velocity: velocity, using: &labelStream)
        return (try assembleDataset(columns(rows: rows, times: times, velocity: velocity, labels: labels), scenario: Self.name), cardSampler)
    }

    /// Each card's share of the run's transactions for `seed`: the hidden part of the label model's velocity term.
    ///
    /// The card with index c (its `card_id`) expects `meanTransactionsPerDay · shares[c]`
    /// transactions in 24 hours; `generate(days:startTime:seed:)` draws cards from these shares.
    /// They depend only on the seed, `cardCount` and `cardActivityShape`.
    public func cardActivityShares(seed: UInt64) throws(GeneratorError) -> [Double] {
        try cardActivity(seed: seed).probabilities
    }

    /// The sampler of cards by their activity for `seed` (its probabilities are the shares).
    func cardActivity(seed: UInt64) throws(GeneratorError) -> CategoricalSampler {
        try validate()
        var cardStream = SeededGenerator(seed: seed, stream: Self.streamName).split("cards")
        return try cardActivitySampler(using: &cardStream)
    }

    /// Category names in the dataset's code order (ascending UTF-8), and each category's code.
    var categoryCoding: (names: [String], codes: [Int32]) { sortedCoding(categories.map(\.name)) }

    private func cardActivitySampler(using generator: inout SeededGenerator) throws(GeneratorError) -> CategoricalSampler {
        do {
            let activity = try GammaDistribution(shape: cardActivityShape, scale: 1)
            var weights = [Double](repeating: 0, count: cardCount)
            for card in 0..<cardCount { weights[card] = activity.sample(using: &generator) }
            // Gamma draws can underflow to zero for tiny shapes; keep every card possible.
            for card in 0..<cardCount where !(weights[card] > 1e-300) { weights[card] = 1e-300 }
            return try CategoricalSampler(weights: weights)
        } catch {
            throw GeneratorError(.invalidParameter, "\(Self.name): card activity: \(error.message)")
        }
    }
}
