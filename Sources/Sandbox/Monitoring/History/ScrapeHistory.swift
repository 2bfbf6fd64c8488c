/// The scrapes a registry remembers: one time per scrape and, per column, one number per scrape,
/// kept in ring buffers so that the oldest scrape is overwritten once `capacity` are kept.
///
/// A column is one number of one series: a counter's or gauge's value, or one cumulative bucket
/// count or the sum of a histogram. Scrapes are addressed by *position*, 0 for the oldest kept.
struct ScrapeHistory: Sendable {
    /// The most scrapes kept.
    let capacity: Int
    /// Scrape times, seconds; a ring aligned with every column.
    private(set) var times: ContiguousArray<Int64> = []
    /// One ring per column.
    private(set) var columns: [ContiguousArray<Double>] = []
    /// Scrapes taken since the registry was made, including those no longer kept.
    private(set) var total = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// How many scrapes are kept.
    var count: Int { times.count }

    /// The sequence number (0 for the registry's first scrape ever) of the scrape at position 0.
    var oldestSequence: Int { total - times.count }

    /// The time of the latest scrape, if any.
    var latestTime: Int64? { times.isEmpty ? nil : time(at: times.count - 1) }

    func time(at position: Int) -> Int64 {
        times[slot(position)]
    }

    func value(column: Int, at position: Int) -> Double {
        columns[column][slot(position)]
    }

    /// Adds `count` columns for a new series; scrapes taken before it read as 0 and are never
    /// queried, because the series remembers the first scrape that saw it.
    mutating func addColumns(_ count: Int) {
        for _ in 0..<count {
            columns.append(ContiguousArray(repeating: 0, count: times.count))
        }
    }

    /// Records one scrape: `row[c]` is column `c`'s value.
    mutating func record(time: Int64, row: ContiguousArray<Double>) {
        if times.count < capacity {
            times.append(time)
            for column in columns.indices { columns[column].append(row[column]) }
        } else {
            let slot = total % capacity
            times[slot] = time
            for column in columns.indices { columns[column][slot] = row[column] }
        }
        total += 1
    }

    /// Positions of the scrapes with `start < time <= end`: Prometheus 3's range selection
    /// (left-open, right-closed).
    func positions(after start: Int64, through end: Int64) -> Range<Int> {
        let lower = firstPosition { $0 > start }
        let upper = firstPosition { $0 > end }
        return lower..<max(lower, upper)
    }

    /// The first position whose time satisfies `predicate`, which must be false then true over time.
    private func firstPosition(where predicate: (Int64) -> Bool) -> Int {
        var low = 0
        var high = times.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(time(at: middle)) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    private func slot(_ position: Int) -> Int {
        times.count < capacity ? position : (total + position) % capacity
    }
}
