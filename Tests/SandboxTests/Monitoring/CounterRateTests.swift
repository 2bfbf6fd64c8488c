import Testing
@testable import Sandbox

/// Expected numbers are worked out by hand from Prometheus' `extrapolatedRate` rules
/// (docs/monitoring.md shows the arithmetic).
@Suite("Monitoring: rate and increase, extrapolated as Prometheus does")
struct CounterRateTests {
    /// `served_total` scraped every minute: 0 at t=0, then 10, 30, 5 (a restart), 25, 45.
    /// `late_total` is first scraped at t=120 with 40, then 70, 100, 130.
    static func registry() throws -> MetricsRegistry {
        var registry = MetricsRegistry()
        try registry.register("served_total", help: "x", kind: .counter)
        try registry.register("late_total", help: "x", kind: .counter)
        let served = try registry.series("served_total")
        try registry.scrape(at: 0)
        var late: SeriesHandle?
        for (minute, value) in [10.0, 30, 5, 25, 45].enumerated() {
            let time = Int64(minute + 1) * 60
            let before = try registry.value(of: served)
            if value < before { try registry.reset(served) }
            try registry.add(served, value - (try registry.value(of: served)))
            if time == 120 { late = try registry.series("late_total") }
            if let late { try registry.add(late, time == 120 ? 40 : 30) }
            try registry.scrape(at: time)
        }
        return registry
    }

    let served = MetricSelector("served_total")

    @Test("A reset adds the value before it; the start is extrapolated no further than the counter's zero")
    func resetAndZeroPoint() throws {
        let registry = try Self.registry()
        // (0, 300]: 10@60 … 45@300. Raw increase 45 − 10 + 30 = 65; the gap to the start (60 s) is
        // under 1.1 × 60, but the counter reaches 0 after 240 × 10/65 s, so the start moves there:
        // 65 × (240 + 36.92) / 240 = 75.
        expectClose(try #require(try registry.increase(served, window: 300, at: 300)), 75)
        expectClose(try #require(try registry.rate(served, window: 300, at: 300)), 0.25)
    }

    @Test("A sample on the window's left edge is outside it, and an extrapolation never goes below zero")
    func leftOpenWindow() throws {
        let registry = try Self.registry()
        // (−300, 300]: 0@0 … 45@300. Raw 45 − 0 + 30 = 75; the start is 300 s away (≥ 66), so at most
        // 30 s, but the first sample is 0, so the zero point is the first sample itself: factor 1.
        expectClose(try #require(try registry.increase(served, window: 600, at: 300)), 75)
        expectClose(try #require(try registry.rate(served, window: 600, at: 300)), 0.125)
    }

    @Test("A series that starts inside the window is extrapolated half a spacing back")
    func seriesStartsInsideTheWindow() throws {
        let registry = try Self.registry()
        // (−300, 300]: 40@120 … 130@300. Raw 90 over 180 s; 420 s to the start (≥ 66) → 30 s; the zero
        // point is 80 s back, further than 30. 90 × (180 + 30) / 180 = 105.
        expectClose(try #require(try registry.increase(MetricSelector("late_total"), window: 600, at: 300)), 105)
    }

    @Test("A series that ends inside the window is extrapolated half a spacing forward")
    func seriesEndsInsideTheWindow() throws {
        let registry = try Self.registry()
        // (100, 400]: 30@120, 5@180, 25@240, 45@300. Raw 45 − 30 + 30 = 45 over 180 s; 20 s to the
        // start (zero point 120 s back, further); 100 s to the end (≥ 66) → 30 s.
        // 45 × (180 + 20 + 30) / 180 = 57.5, a rate of 57.5 / 300.
        expectClose(try #require(try registry.increase(served, window: 300, at: 400)), 57.5)
        expectClose(try #require(try registry.rate(served, window: 300, at: 400)), 57.5 / 300)
    }

    @Test("Fewer than two scrapes in the window give no data")
    func notEnoughData() throws {
        let registry = try Self.registry()
        #expect(try registry.rate(served, window: 60, at: 60) == nil)
        #expect(try registry.rate(served, window: 300, at: 1_000) == nil)
        #expect(try registry.increase(MetricSelector("late_total"), window: 60, at: 120) == nil)
    }

    @Test("Matching series are summed, and ratio divides the increases")
    func ratioOfIncreases() throws {
        var registry = MetricsRegistry()
        try registry.registerServingFamilies()
        let ok = try registry.series("requests_total", ["version": "v2", "outcome": "ok"])
        let failed = try registry.series("requests_total", ["version": "v2", "outcome": "error"])
        try registry.scrape(at: 0)
        for time in [Int64(60), 120] {
            try registry.add(ok, 90)
            try registry.add(failed, 10)
            try registry.scrape(at: time)
        }
        // (0, 120]: ok 90@60, 180@120 and errors 10@60, 20@120; each zero point is exactly 60 s back,
        // the window's start, so both double: 180 and 20.
        let all = MetricSelector("requests_total", ["version": "v2"])
        let errors = MetricSelector("requests_total", ["version": "v2", "outcome": "error"])
        expectClose(try #require(try registry.increase(all, window: 120, at: 120)), 200)
        expectClose(try #require(try registry.ratio(errors, all, window: 120, at: 120)), 0.1)
        #expect(try registry.ratio(errors, MetricSelector("requests_total", ["version": "v9"]), window: 120, at: 120) == nil)
    }

    @Test("rate of a gauge is an error that says what to use")
    func rateOfAGauge() throws {
        var registry = MetricsRegistry()
        try registry.registerServingFamilies()
        #expect(throws: SandboxError("rate needs a counter, and replicas{version=\"v2\"} is a gauge: use avg_over_time or value for a gauge")) {
            try registry.rate(MetricSelector("replicas", ["version": "v2"]), window: 300, at: 0)
        }
        #expect(throws: SandboxError("rate needs a counter, and request_latency_seconds is a histogram: use quantile or mean, or rate its request_latency_seconds_count")) {
            try registry.rate(MetricSelector("request_latency_seconds"), window: 300, at: 0)
        }
        #expect(throws: SandboxError("a window is 1 second to 400 days; got 0 seconds")) {
            try registry.rate(MetricSelector("requests_total"), window: 0, at: 0)
        }
    }

    @Test("Gauges: avg_over_time averages the scrapes in the window; value reads the latest within 5 minutes")
    func gauges() throws {
        var registry = MetricsRegistry()
        try registry.registerServingFamilies()
        let v1 = try registry.series("replicas", ["version": "v1"])
        let v2 = try registry.series("replicas", ["version": "v2"])
        for (minute, count) in [2.0, 4, 6, 8].enumerated() {
            try registry.set(v1, count)
            try registry.set(v2, 1)
            try registry.scrape(at: Int64(minute + 1) * 60)
        }
        let replicasV1 = MetricSelector("replicas", ["version": "v1"])
        #expect(try registry.averageOverTime(replicasV1, window: 180, at: 240) == 6)
        #expect(try registry.averageOverTime(MetricSelector("replicas"), window: 180, at: 240) == 3.5)
        #expect(try registry.value(MetricSelector("replicas"), at: 250) == 9)
        #expect(try registry.value(replicasV1, at: 539) == 8)
        #expect(try registry.value(replicasV1, at: 540) == nil)
        #expect(try registry.value(replicasV1, at: 30) == nil)
    }

    @Test("The pure rule: two samples on the window's edges are not stretched")
    func noStretchOnEdges() {
        let increase = ExtrapolatedIncrease.compute(
            times: [60, 120], values: [5, 11], rangeStart: 60, rangeEnd: 120, perSecond: false)
        // The first sample sits on the (excluded) start, so the gap is 0 and the factor 1.
        #expect(increase == 6)
        #expect(ExtrapolatedIncrease.compute(times: [60], values: [5], rangeStart: 0, rangeEnd: 60, perSecond: true) == nil)
    }
}
