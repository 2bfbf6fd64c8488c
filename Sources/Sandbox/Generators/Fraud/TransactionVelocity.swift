import Stats

/// Counts, for every transaction, the same card's earlier transactions in the previous 24 hours.
///
/// "Earlier" means earlier in the stream (which is sorted by time), and "previous 24 hours"
/// means a timestamp strictly after `t − 86 400`. Rows are bucketed by card with a stable
/// counting sort, then a sliding window runs over each card's rows: O(rows + cards).
enum TransactionVelocity {
    static func counts(cards: [Int32], times: [Int64], cardCount: Int) -> [Double] {
        // Positions are Int32 (a run holds at most `ScenarioLimits.maximumRowCount` rows): with
        // millions of cards these arrays are most of the memory the count touches.
        let rows = cards.count
        var starts = [Int32](repeating: 0, count: cardCount + 1)
        for card in cards { starts[Int(card) + 1] += 1 }
        for card in 0..<cardCount { starts[card + 1] += starts[card] }
        var order = [Int32](repeating: 0, count: rows)
        var next = starts
        for row in 0..<rows {
            let card = Int(cards[row])
            order[Int(next[card])] = Int32(row)
            next[card] += 1
        }
        var velocity = [Double](repeating: 0, count: rows)
        for card in 0..<cardCount where starts[card] < starts[card + 1] {
            var windowStart = Int(starts[card])
            for position in Int(starts[card])..<Int(starts[card + 1]) {
                let row = Int(order[position])
                let horizon = times[row] - VirtualCalendar.secondsPerDay
                while times[Int(order[windowStart])] <= horizon { windowStart += 1 }
                velocity[row] = Double(position - windowStart)
            }
        }
        return velocity
    }

    /// Adds, for rows in the run's first 24 hours, the transactions the card would have made in the
    /// part of its 24-hour window before the run started: a Poisson draw with the card's mean rate
    /// over that stretch. Without it every run would begin with cards that seem idle, and any
    /// window of traffic cut from the start of a day would look drifted in `velocity_24h`.
    ///
    /// `cardShares` holds each row's card's share of activity.
    static func addHistory(
        to velocity: inout [Double], cardShares: [Double], times: [Int64], startTime: Int64,
        meanPerDay: Double, using generator: inout SeededGenerator
    ) {
        for row in 0..<velocity.count {
            let uncovered = startTime - (times[row] - VirtualCalendar.secondsPerDay)
            guard uncovered > 0 else { break }
            let mean = cardShares[row] * meanPerDay * Double(uncovered) / Double(VirtualCalendar.secondsPerDay)
            guard mean > 0, let poisson = try? PoissonDistribution(mean: mean) else { continue }
            velocity[row] += Double(poisson.sample(using: &generator))
        }
    }
}
