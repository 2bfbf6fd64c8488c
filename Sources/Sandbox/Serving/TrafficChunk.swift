import Modeling

/// A chunk of drawn requests and the columns every tick reads from it, extracted once.
struct TrafficChunk {
    /// The requests, drift applied.
    let batch: Dataset
    /// Its number among the chunks drawn, so served ranges of one chunk can be joined.
    let id: Int
    /// Arrival times, ascending.
    let times: [Int64]
    /// The user (card) ids, for sticky A/B assignment.
    let users: [Int64]?
    /// The labels as 0/1 (NaN when missing).
    let labels: [Double]?
    /// When each label becomes known.
    let labelArrivals: [Int64?]?

    init(batch: Dataset, id: Int) throws(SandboxError) {
        self.batch = batch
        self.id = id
        times = try World.times(of: batch)
        users = World.userKeys(batch)
        let target = batch.columns.first { $0.role == .target }
        labels = target?.values.numbers
        let arrival = batch.columns.first { $0.name == FraudScenario.ColumnName.labelAvailableAt } ?? batch.columns.first { $0.role == .timestamp }
        if case .timestamp(let arrivals)? = arrival?.values { labelArrivals = arrivals } else { labelArrivals = nil }
    }
}
