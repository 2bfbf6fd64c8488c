import Testing
@testable import Sandbox

@Suite("Monitoring: quantile and mean of histograms, as histogram_quantile computes them")
struct HistogramQuantileTests {
    /// Buckets 0.1, 0.25, 0.5, 1, +Inf. Scraped empty at t=60; by t=120, 100 observations:
    /// 40 × 0.05, 30 × 0.2, 20 × 0.4, 8 × 0.8, 2 × 3 — cumulative 40, 70, 90, 98, 100.
    static func registry() throws -> (MetricsRegistry, MetricSelector) {
        var registry = MetricsRegistry()
        try registry.register("latency_seconds", help: "x", kind: .histogram(buckets: [0.1, 0.25, 0.5, 1]), labels: ["version"])
        let latency = try registry.series("latency_seconds", ["version": "v2"])
        try registry.scrape(at: 60)
        for (value, count) in [(0.05, 40), (0.2, 30), (0.4, 20), (0.8, 8), (3.0, 2)] {
            try registry.observe(latency, values: repeatElement(value, count: count))
        }
        try registry.scrape(at: 120)
        return (registry, MetricSelector("latency_seconds", ["version": "v2"]))
    }

    // Over (0, 120] each bucket's first sample is 0, so extrapolation stops at that sample: the rates
    // are the counts / 120 and the quantiles those of the counts.
    @Test("Linear interpolation inside the bucket the rank falls in", arguments: [
        (0.5, 0.15),   // rank 50 in (0.1, 0.25]: 0.1 + 0.15 × (50 − 40) / 30
        (0.8, 0.375),  // rank 80 in (0.25, 0.5]: 0.25 + 0.25 × (80 − 70) / 20
        (0.2, 0.05),   // rank 20 in the lowest bucket, from 0: 0.1 × 20 / 40
        (0.9, 0.5),    // rank 90 is exactly the count at 0.5
    ])
    func interpolation(q: Double, expected: Double) throws {
        let (registry, latency) = try Self.registry()
        expectClose(try #require(try registry.quantile(q, latency, window: 120, at: 120)), expected)
    }

    @Test("A quantile in the +Inf bucket is the second-highest bound")
    func infiniteBucket() throws {
        let (registry, latency) = try Self.registry()
        // rank 99 > 98 (the count at 1): the +Inf bucket, so 1.
        #expect(try registry.quantile(0.99, latency, window: 120, at: 120) == 1)
    }

    @Test("mean is the sum's rate over the count's rate")
    func mean() throws {
        let (registry, latency) = try Self.registry()
        // (40 × 0.05 + 30 × 0.2 + 20 × 0.4 + 8 × 0.8 + 2 × 3) / 100 = 28.4 / 100
        expectClose(try #require(try registry.mean(latency, window: 120, at: 120)), 0.284)
        expectClose(try #require(try registry.rate(MetricSelector("latency_seconds_count"), window: 120, at: 120)), 100.0 / 120)
    }

    @Test("An empty window, or one without observations, has no data")
    func emptyWindow() throws {
        let (scraped, latency) = try Self.registry()
        var registry = scraped
        #expect(try registry.quantile(0.5, latency, window: 60, at: 1_000) == nil)
        try registry.scrape(at: 180)
        // (60, 180] holds 120 and 180, which are equal: nothing was observed between them.
        #expect(try registry.quantile(0.5, latency, window: 120, at: 180) == nil)
        #expect(try registry.mean(latency, window: 120, at: 180) == nil)
        #expect(try registry.quantile(0.5, MetricSelector("latency_seconds", ["version": "v9"]), window: 120, at: 120) == nil)
    }

    @Test("A quantile outside 0…1 and a counter are errors")
    func badArguments() throws {
        let (registry, latency) = try Self.registry()
        #expect(throws: SandboxError("a quantile is between 0 and 1; got 1.5", hint: "0.99 is the 99th percentile")) {
            try registry.quantile(1.5, latency, window: 120, at: 120)
        }
        #expect(throws: SandboxError("quantile needs a histogram, and latency_seconds_sum is a histogram's _sum (a counter)",
                                     hint: "use rate or ratio for a counter, avg_over_time or value for a gauge")) {
            try registry.quantile(0.5, MetricSelector("latency_seconds_sum"), window: 120, at: 120)
        }
    }

    @Test("Prometheus' special cases of BucketQuantile")
    func specialCases() {
        let bounds = [-1.0, 0, 1, .infinity]
        // The lowest bucket's bound is not above 0: its bound is the answer.
        #expect(BucketQuantile.quantile(0.1, upperBounds: bounds, cumulativeCounts: [5, 5, 10, 10]) == -1)
        #expect(BucketQuantile.quantile(-0.1, upperBounds: bounds, cumulativeCounts: [5, 5, 10, 10]) == -.infinity)
        #expect(BucketQuantile.quantile(1.1, upperBounds: bounds, cumulativeCounts: [5, 5, 10, 10]) == .infinity)
        #expect(BucketQuantile.quantile(.nan, upperBounds: bounds, cumulativeCounts: [5, 5, 10, 10]).isNaN)
        #expect(BucketQuantile.quantile(0.5, upperBounds: bounds, cumulativeCounts: [0, 0, 0, 0]).isNaN)
        #expect(BucketQuantile.quantile(0.5, upperBounds: [.infinity], cumulativeCounts: [3]).isNaN)
        #expect(BucketQuantile.quantile(0.5, upperBounds: [1, 2], cumulativeCounts: [3, 4]).isNaN)
        // A decrease is raised to the bucket before: [10, 8, 20, 20] reads as [10, 10, 20, 20];
        // rank 15 falls in (0, 1]: 0 + 1 × (15 − 10) / 10.
        #expect(BucketQuantile.monotonic([10, 8, 20, 20]) == [10, 10, 20, 20])
        #expect(BucketQuantile.quantile(0.75, upperBounds: bounds, cumulativeCounts: [10, 8, 20, 20]) == 0.5)
        // Differences under 1e-12 of the sum are noise.
        #expect(BucketQuantile.monotonic([1, 1 + 1e-14, 2]) == [1, 1, 2])
    }
}
