/// Scraping: what Prometheus does every scrape interval, here once per simulator tick.
extension MetricsRegistry {
    /// Records every series' value at `time` (seconds): counters and gauges as they are,
    /// histograms as cumulative bucket counts and their sum. Times must increase.
    public mutating func scrape(at time: Int64) throws(SandboxError) {
        if let latest = history.latestTime, time <= latest {
            throw SandboxError("scrapes go forward in time: the last was at \(latest), this one is at \(time)")
        }
        var row = ContiguousArray<Double>(repeating: 0, count: current.count)
        for position in 0..<seriesCount {
            let familyPosition = seriesFamily[position]
            let start = seriesStart[position]
            if families[familyPosition].isHistogram {
                let buckets = families[familyPosition].bounds.count
                var running = 0.0
                for bucket in 0...buckets {
                    running += current[start + bucket]
                    row[start + bucket] = running
                }
                row[start + buckets + 1] = current[start + buckets + 1]
            } else {
                row[start] = current[start]
            }
        }
        history.record(time: time, row: row)
    }

    /// The time of the latest scrape, if there was one.
    public var latestScrapeTime: Int64? { history.latestTime }
}
