#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Modeling
import Stats
import Values

/// The drawn feature columns of a fraud run, before velocity and labels.
struct FraudTransactions {
    /// Each row's card draw, made in the row's place in the stream and resolved once the card
    /// population is built (`resolveCards(with:)`).
    var cardDraws: [CategoricalSampler.Draw] = []
    var cards: [Int32] = []
    /// Each row's card's share of activity (the label model's typical velocity, over the daily volume).
    var cardShares: [Double] = []
    /// Index into `FraudScenario.categories` (not the dataset code).
    var categories: [Int] = []
    var amounts: [Double] = []
    var distances: [Double] = []
    var cardPresent: [Bool] = []
    var isForeign: [Bool] = []

    /// Turns the card draws into cards and looks up their shares, in loops whose iterations do
    /// not wait on one another: with millions of cards most lookups miss the cache, and this way
    /// many are in flight at once.
    mutating func resolveCards(with sampler: CategoricalSampler) {
        cards = cardDraws.map { Int32(sampler.resolve($0)) }
        cardDraws = []
        let shares = sampler.probabilities
        cardShares = cards.map { shares[Int($0)] }
    }
}

/// The label columns of a fraud run.
struct FraudLabels {
    var isFraud: [Bool] = []
    var availableAt: [Int64] = []
}

extension FraudScenario {
    /// Draws every column of `times.count` transactions; the cards are left as draws (`cardDraws`).
    func drawTransactions(times: [Int64], using generator: inout SeededGenerator) -> FraudTransactions {
        let count = times.count
        var rows = FraudTransactions()
        rows.cardDraws.reserveCapacity(count)
        rows.categories.reserveCapacity(count)
        rows.amounts.reserveCapacity(count)
        rows.distances.reserveCapacity(count)
        rows.cardPresent.reserveCapacity(count)
        rows.isForeign.reserveCapacity(count)
        // Validation guarantees finite non-negative shares that are not all zero.
        guard let categorySampler = try? CategoricalSampler(weights: categories.map(\.share)) else { return rows }
        let logMedians = categories.map { log($0.medianAmount) }
        let logSpreads = categories.map(\.amountLogSpread)
        let presentProbabilities = categories.map(\.cardPresentProbability)
        let farProbabilities = categories.map(\.farFromHomeProbability)
        let farLogMedian = log(farDistanceMedianKilometres)
        for _ in 0..<count {
            rows.cardDraws.append(CategoricalSampler.Draw(categories: cardCount, using: &generator))
            let category = categorySampler.sample(using: &generator)
            rows.categories.append(category)
            let amount = exp(logMedians[category] + logSpreads[category] * NormalDistribution.standardSample(using: &generator))
            rows.amounts.append(max(0.01, (amount * 100).rounded() / 100))
            let far = generator.nextUniform() < farProbabilities[category]
            let distance = far
                ? exp(farLogMedian + farDistanceLogSpread * NormalDistribution.standardSample(using: &generator))
                : -log(generator.nextUniformExcludingZero()) * nearDistanceMeanKilometres
            rows.distances.append((distance * 100).rounded() / 100)
            rows.cardPresent.append(generator.nextUniform() < presentProbabilities[category])
            let foreignProbability = far ? foreignProbabilityFarFromHome : foreignProbabilityNearHome
            rows.isForeign.append(generator.nextUniform() < foreignProbability)
        }
        return rows
    }

    func drawLabels(
        rows: FraudTransactions, times: [Int64], velocity: [Double], using generator: inout SeededGenerator
    ) -> FraudLabels {
        let count = times.count
        var labels = FraudLabels()
        labels.isFraud.reserveCapacity(count)
        labels.availableAt.reserveCapacity(count)
        let probabilities = fraudProbabilities(rows: rows, times: times, velocity: velocity)
        let delay = chargebackDelay
        let extraScale = delay.meanExtraDays / delay.shape
        let confirmation = Int64((delay.nonFraudConfirmationDays * Double(VirtualCalendar.secondsPerDay)).rounded())
        // Validation guarantees a finite shape and scale > 0.
        let extraDays = try? GammaDistribution(shape: delay.shape, scale: extraScale)
        for row in 0..<count {
            let time = times[row]
            let fraud = generator.nextUniform() < probabilities[row]
            labels.isFraud.append(fraud)
            if fraud {
                let drawn = delay.minimumDays + (extraDays?.sample(using: &generator) ?? 0)
                let days = min(drawn, delay.maximumDays)
                labels.availableAt.append(time + Int64((days * Double(VirtualCalendar.secondsPerDay)).rounded()))
            } else {
                labels.availableAt.append(time + confirmation)
            }
        }
        return labels
    }

    /// Each row's probability of fraud under the label model: a pure function of the row, worked
    /// out on all cores in blocks (the draws that use them stay in one stream, in row order).
    private func fraudProbabilities(rows: FraudTransactions, times: [Int64], velocity: [Double]) -> [Double] {
        let count = times.count
        let categoryTerms = categories.map { labelModel.categoryLogOdds[$0.name] ?? 0 }
        let model = labelModel
        let meanPerDay = meanTransactionsPerDay
        let blockSize = 65_536
        let blocks = parallelMap((count + blockSize - 1) / blockSize) { block in
            (block * blockSize..<min(count, (block + 1) * blockSize)).map { row in
                logistic(model.logOdds(
                    categoryTerm: categoryTerms[rows.categories[row]], amount: rows.amounts[row],
                    hourOfDay: VirtualCalendar.hourOfDay(times[row]), distanceKilometres: rows.distances[row],
                    cardPresent: rows.cardPresent[row], isForeign: rows.isForeign[row], velocity24h: velocity[row],
                    typicalVelocity24h: meanPerDay * rows.cardShares[row]))
            }
        }
        return Array(blocks.joined())
    }

    func columns(rows: FraudTransactions, times: [Int64], velocity: [Double], labels: FraudLabels) -> [Column] {
        let coding = categoryCoding
        let count = times.count
        var ids = [Double](repeating: 0, count: count)
        var hours = [Double](repeating: 0, count: count)
        var codes = [Int32](repeating: 0, count: count)
        for row in 0..<count {
            ids[row] = Double(row)
            hours[row] = Double(VirtualCalendar.hourOfDay(times[row]))
            codes[row] = coding.codes[rows.categories[row]]
        }
        typealias Name = ColumnName
        return [
            Column(name: Name.transactionID, role: .id, values: .numeric(ids)),
            Column(name: Name.cardID, role: .id, values: .numeric(rows.cards.map(Double.init))),
            Column(name: Name.timestamp, role: .timestamp, values: .timestamp(times.map(Optional.some))),
            Column(name: Name.amount, values: .numeric(rows.amounts)),
            Column(name: Name.merchantCategory, values: .categorical(codes: codes, categories: coding.names)),
            Column(name: Name.hourOfDay, values: .numeric(hours)),
            Column(name: Name.distanceFromHome, values: .numeric(rows.distances)),
            Column(name: Name.cardPresent, values: .boolean(rows.cardPresent.map(Optional.some))),
            Column(name: Name.velocity24h, values: .numeric(velocity)),
            Column(name: Name.isForeign, values: .boolean(rows.isForeign.map(Optional.some))),
            Column(name: Name.isFraud, role: .target, values: .boolean(labels.isFraud.map(Optional.some))),
            Column(name: Name.labelAvailableAt, role: .timestamp, values: .timestamp(labels.availableAt.map(Optional.some))),
        ]
    }
}
