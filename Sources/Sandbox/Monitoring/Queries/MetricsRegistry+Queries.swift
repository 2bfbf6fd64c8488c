/// Windowed queries over the scrapes, in Prometheus' meaning.
///
/// A window of `w` seconds at time `t` holds the scrapes with `t - w < time <= t` (Prometheus 3's
/// left-open range). Every query returns nil when there is not enough data: no matching series
/// with two scrapes in the window (one for `averageOverTime` and `value`), or nothing counted
/// (a ratio's denominator or a histogram's count did not increase). A query that cannot mean
/// anything (an unknown metric or label, `rate` of a gauge, a quantile outside 0…1) is an error.
extension MetricsRegistry {
    /// Evaluates `query` at `time`.
    public func evaluate(_ query: MonitoringQuery, at time: Int64) throws(SandboxError) -> Double? {
        switch query {
        case .rate(let selector, let window): try rate(selector, window: window, at: time)
        case .increase(let selector, let window): try increase(selector, window: window, at: time)
        case .ratio(let numerator, let denominator, let window): try ratio(numerator, denominator, window: window, at: time)
        case .quantile(let q, let selector, let window): try quantile(q, selector, window: window, at: time)
        case .mean(let selector, let window): try mean(selector, window: window, at: time)
        case .averageOverTime(let selector, let window): try averageOverTime(selector, window: window, at: time)
        case .value(let selector): try value(selector, at: time)
        }
    }

    /// `sum(rate(selector[window]))`: per-second increase, extrapolated as Prometheus does.
    public func rate(_ selector: MetricSelector, window: Int64, at time: Int64) throws(SandboxError) -> Double? {
        let resolved = try counterLike(selector, for: "rate")
        return try summedIncrease(resolved, window: window, at: time, perSecond: true)
    }

    /// `sum(increase(selector[window]))`: increase, extrapolated as Prometheus does.
    public func increase(_ selector: MetricSelector, window: Int64, at time: Int64) throws(SandboxError) -> Double? {
        let resolved = try counterLike(selector, for: "increase")
        return try summedIncrease(resolved, window: window, at: time, perSecond: false)
    }

    /// `sum(increase(numerator[window])) / sum(increase(denominator[window]))`; nil when either has
    /// no data or the denominator did not increase.
    public func ratio(
        _ numerator: MetricSelector, _ denominator: MetricSelector, window: Int64, at time: Int64
    ) throws(SandboxError) -> Double? {
        let top = try counterLike(numerator, for: "ratio")
        let bottom = try counterLike(denominator, for: "ratio")
        guard let below = try summedIncrease(bottom, window: window, at: time, perSecond: false), below != 0,
              let above = try summedIncrease(top, window: window, at: time, perSecond: false) else { return nil }
        return above / below
    }

    /// `histogram_quantile(q, sum by (le) (rate(selector_bucket[window])))`; nil when no
    /// observation fell in the window.
    public func quantile(_ q: Double, _ selector: MetricSelector, window: Int64, at time: Int64) throws(SandboxError) -> Double? {
        guard (0...1).contains(q) else { throw SandboxError("a quantile is between 0 and 1; got \(q)", hint: "0.99 is the 99th percentile") }
        let resolved = try wholeHistogram(selector, for: "quantile")
        let positions = try windowPositions(window, at: time)
        let bucketCount = resolved.family.bounds.count + 1
        var rates = [Double](repeating: 0, count: bucketCount)
        var any = false
        var scratch = Scratch()
        for series in resolved.series {
            for bucket in 0..<bucketCount {
                gather(series, column: bucket, positions: positions, into: &scratch)
                guard let rate = ExtrapolatedIncrease.compute(
                    times: scratch.times, values: scratch.values, rangeStart: time - window, rangeEnd: time, perSecond: true)
                else { break }
                rates[bucket] += rate
                any = true
            }
        }
        guard any, rates[bucketCount - 1] > 0 else { return nil }
        return BucketQuantile.quantile(q, upperBounds: Array(resolved.family.bounds) + [.infinity], cumulativeCounts: rates)
    }

    /// Mean observation: `sum(rate(selector_sum[window])) / sum(rate(selector_count[window]))`; nil
    /// when no observation fell in the window.
    public func mean(_ selector: MetricSelector, window: Int64, at time: Int64) throws(SandboxError) -> Double? {
        let resolved = try wholeHistogram(selector, for: "mean")
        let sum = ResolvedSelector(family: resolved.family, part: .histogramSum, series: resolved.series)
        let count = ResolvedSelector(family: resolved.family, part: .histogramCount, series: resolved.series)
        guard let observations = try summedIncrease(count, window: window, at: time, perSecond: true), observations > 0,
              let total = try summedIncrease(sum, window: window, at: time, perSecond: true) else { return nil }
        return total / observations
    }

    /// `avg(avg_over_time(selector[window]))`: each series' mean of its scrapes in the window,
    /// averaged over the series that have any.
    public func averageOverTime(_ selector: MetricSelector, window: Int64, at time: Int64) throws(SandboxError) -> Double? {
        let resolved = try notWholeHistogram(selector, for: "avg_over_time")
        let positions = try windowPositions(window, at: time)
        var scratch = Scratch()
        var sumOfMeans = 0.0
        var seriesWithData = 0
        for series in resolved.series {
            gather(series, column: resolved.column, positions: positions, into: &scratch)
            guard !scratch.values.isEmpty else { continue }
            var sum = 0.0
            for value in scratch.values { sum += value }
            sumOfMeans += sum / Double(scratch.values.count)
            seriesWithData += 1
        }
        return seriesWithData == 0 ? nil : sumOfMeans / Double(seriesWithData)
    }

    /// `sum(selector)`: the latest scrape at or before `time`, if it is at most 5 minutes old
    /// (Prometheus' lookback), summed over the matching series.
    public func value(_ selector: MetricSelector, at time: Int64) throws(SandboxError) -> Double? {
        let resolved = try notWholeHistogram(selector, for: "value")
        let positions = history.positions(after: time - MonitoringLimits.lookbackSeconds, through: time)
        guard let latest = positions.last else { return nil }
        let sequence = history.oldestSequence + latest
        var sum = 0.0
        var any = false
        for series in resolved.series where seriesFirstScrape[series] <= sequence {
            sum += history.value(column: seriesStart[series] + resolved.column, at: latest)
            any = true
        }
        return any ? sum : nil
    }

    // MARK: - Shared steps

    /// Reusable buffers for one series' samples in a window.
    struct Scratch {
        var times = ContiguousArray<Int64>()
        var values = ContiguousArray<Double>()
    }

    /// Positions of the scrapes in the window, after checking the window.
    func windowPositions(_ window: Int64, at time: Int64) throws(SandboxError) -> Range<Int> {
        guard window > 0, window <= QueryDuration.maximumSeconds else {
            throw SandboxError("a window is 1 second to 400 days; got \(window) seconds")
        }
        return history.positions(after: time - window, through: time)
    }

    /// One series' samples of one of its columns at `positions`, from the first scrape that saw it.
    func gather(_ series: Int, column: Int, positions: Range<Int>, into scratch: inout Scratch) {
        scratch.times.removeAll(keepingCapacity: true)
        scratch.values.removeAll(keepingCapacity: true)
        let lower = max(positions.lowerBound, seriesFirstScrape[series] - history.oldestSequence)
        guard lower < positions.upperBound else { return }
        let historyColumn = seriesStart[series] + column
        for position in lower..<positions.upperBound {
            scratch.times.append(history.time(at: position))
            scratch.values.append(history.value(column: historyColumn, at: position))
        }
    }

    private func summedIncrease(
        _ resolved: ResolvedSelector, window: Int64, at time: Int64, perSecond: Bool
    ) throws(SandboxError) -> Double? {
        let positions = try windowPositions(window, at: time)
        var scratch = Scratch()
        var total = 0.0
        var any = false
        for series in resolved.series {
            gather(series, column: resolved.column, positions: positions, into: &scratch)
            if let increase = ExtrapolatedIncrease.compute(
                times: scratch.times, values: scratch.values, rangeStart: time - window, rangeEnd: time, perSecond: perSecond) {
                total += increase
                any = true
            }
        }
        return any ? total : nil
    }

    private func counterLike(_ selector: MetricSelector, for function: String) throws(SandboxError) -> ResolvedSelector {
        let resolved = try resolve(selector)
        guard resolved.isCounterLike else {
            let instead = resolved.isWholeHistogram
                ? "use quantile or mean, or \(function) its \(resolved.family.name)_count"
                : "use avg_over_time or value for a gauge"
            throw SandboxError("\(function) needs a counter, and \(selector) is \(resolved.kindText): \(instead)")
        }
        return resolved
    }

    private func wholeHistogram(_ selector: MetricSelector, for function: String) throws(SandboxError) -> ResolvedSelector {
        let resolved = try resolve(selector)
        guard resolved.isWholeHistogram else {
            throw SandboxError("\(function) needs a histogram, and \(selector) is \(resolved.kindText)",
                               hint: "use rate or ratio for a counter, avg_over_time or value for a gauge")
        }
        return resolved
    }

    private func notWholeHistogram(_ selector: MetricSelector, for function: String) throws(SandboxError) -> ResolvedSelector {
        let resolved = try resolve(selector)
        guard !resolved.isWholeHistogram else {
            throw SandboxError("\(function) reads one number per series, and \(selector) is a histogram: use quantile or mean")
        }
        return resolved
    }
}
