/// Numbers for a terminal sparkline: one query evaluated at evenly spaced times.
extension MetricsRegistry {
    /// `query` at `points` evenly spaced times over the `span` seconds that end at `time`; the
    /// last point is at `time`, the first at `time - span + span / points`. A point without
    /// enough data is nil. Like a Prometheus range query with step `span / points`.
    ///
    /// For example 24 points over the last hour: `sparkline(.rate(s, window: 300), points: 24, span: 3600, endingAt: now)`.
    public func sparkline(
        _ query: MonitoringQuery, points: Int, span: Int64, endingAt time: Int64
    ) throws(SandboxError) -> [Double?] {
        guard (1...MonitoringLimits.maximumSparklinePoints).contains(points) else {
            throw SandboxError("a sparkline has 1 to \(MonitoringLimits.maximumSparklinePoints) points; got \(points)")
        }
        guard span > 0, span <= QueryDuration.maximumSeconds else {
            throw SandboxError("a sparkline spans 1 second to 400 days; got \(span) seconds")
        }
        var values: [Double?] = []
        values.reserveCapacity(points)
        let count = Int64(points)
        for point in 0..<count {
            let at = time - span * (count - 1 - point) / count
            values.append(try evaluate(query, at: at))
        }
        return values
    }
}
