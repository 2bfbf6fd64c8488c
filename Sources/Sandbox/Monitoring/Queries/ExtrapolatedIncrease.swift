/// The increase of a counter over a window, extrapolated as Prometheus' `rate()` and `increase()` do.
///
/// Source: Prometheus, promql/functions.go, `extrapolatedRate` (v3). Facts carried over:
/// - a counter reset (a sample lower than the one before) adds the value before the reset;
/// - the increase between the first and last sample in the window is stretched towards the
///   window's edges: all the way to an edge when the gap to it is under 1.1 × the average spacing
///   of the samples, otherwise only half an average spacing (the series probably starts or ends
///   inside the window);
/// - at the start, never past the point where the counter would have been 0;
/// - fewer than two samples give no result.
enum ExtrapolatedIncrease {
    /// The extrapolated increase (or, with `perSecond`, the rate over `rangeEnd - rangeStart`) of the
    /// samples `values` at `times` (strictly increasing, all in `(rangeStart, rangeEnd]`); nil with
    /// fewer than two samples.
    static func compute(
        times: ContiguousArray<Int64>, values: ContiguousArray<Double>,
        rangeStart: Int64, rangeEnd: Int64, perSecond: Bool
    ) -> Double? {
        let last = times.count - 1
        guard last >= 1 else { return nil }
        var increase = values[last] - values[0]
        for position in 1...last where values[position] < values[position - 1] {
            increase += values[position - 1]
        }
        let sampledInterval = Double(times[last] - times[0])
        let averageSpacing = sampledInterval / Double(last)
        let threshold = averageSpacing * 1.1
        var durationToStart = Double(times[0] - rangeStart)
        var durationToEnd = Double(rangeEnd - times[last])
        if durationToStart >= threshold { durationToStart = averageSpacing / 2 }
        if increase > 0, values[0] >= 0 {
            let durationToZero = sampledInterval * (values[0] / increase)
            if durationToZero < durationToStart { durationToStart = durationToZero }
        }
        if durationToEnd >= threshold { durationToEnd = averageSpacing / 2 }
        var factor = (sampledInterval + durationToStart + durationToEnd) / sampledInterval
        if perSecond { factor /= Double(rangeEnd - rangeStart) }
        return increase * factor
    }
}
