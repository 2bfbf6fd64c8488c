import Testing
@testable import Sandbox

@Suite("Monitoring: the metrics registry")
struct MetricsRegistryTests {
    @Test("Metric and label names follow Prometheus' rules", arguments: [
        ("1requests_total", "'1requests_total' is not a valid metric name"),
        ("requests-total", "'requests-total' is not a valid metric name"),
        ("", "'' is not a valid metric name"),
        ("réponses_total", "'réponses_total' is not a valid metric name"),
        ("requests", "counter names end in _total, as Prometheus' naming convention asks; got requests"),
    ])
    func badMetricNames(name: String, message: String) {
        var registry = MetricsRegistry()
        #expect(throws: SandboxError(message, hint: Self.hint(for: message))) {
            try registry.register(name, help: "x", kind: .counter)
        }
    }

    @Test("Bad label names, duplicates and reserved names are refused", arguments: [
        (["1version"], "'1version' is not a valid label name (in replicas)"),
        (["ver-sion"], "'ver-sion' is not a valid label name (in replicas)"),
        (["__name__"], "label names starting with '__' are reserved for Prometheus ('__name__' in replicas)"),
        (["version", "version"], "replicas names the label version twice"),
    ])
    func badLabelNames(labels: [String], message: String) {
        var registry = MetricsRegistry()
        do {
            try registry.register("replicas", help: "Replicas.", kind: .gauge, labels: labels)
            Issue.record("registered labels \(labels)")
        } catch {
            #expect(error.message == message)
        }
        #expect(registry.families.isEmpty)
    }

    @Test("Histograms: le is reserved, names may not end in a sample suffix, bounds must increase")
    func badHistograms() {
        var registry = MetricsRegistry()
        #expect(throws: SandboxError("a histogram cannot have a label named le: its buckets use it (latency_seconds)")) {
            try registry.register("latency_seconds", help: "x", kind: .histogram(buckets: [1]), labels: ["le"])
        }
        #expect(throws: SandboxError("a histogram's name cannot end in _count: its samples add that suffix (latency_count)")) {
            try registry.register("latency_count", help: "x", kind: .histogram(buckets: [1]))
        }
        #expect(throws: SandboxError("latency_seconds's bucket bounds must be finite and strictly increasing (+Inf is added for you)")) {
            try registry.register("latency_seconds", help: "x", kind: .histogram(buckets: [1, 0.5]))
        }
        #expect(throws: SandboxError("a histogram needs 1 to 64 finite bucket bounds; latency_seconds has 0")) {
            try registry.register("latency_seconds", help: "x", kind: .histogram(buckets: [.infinity]))
        }
    }

    @Test("A trailing +Inf bound is dropped; a family's sample names must be free")
    func sampleNamesClash() throws {
        var registry = MetricsRegistry()
        try registry.register("latency_seconds", help: "x", kind: .histogram(buckets: [0.5, 1, .infinity]))
        #expect(registry.family(named: "latency_seconds")?.kind == .histogram(buckets: [0.5, 1]))
        #expect(throws: SandboxError("latency_seconds_count would write samples named latency_seconds_count, which latency_seconds already writes")) {
            try registry.register("latency_seconds_count", help: "x", kind: .gauge)
        }
        #expect(throws: SandboxError("the metric family latency_seconds is already registered")) {
            try registry.register("latency_seconds", help: "x", kind: .gauge)
        }
    }

    @Test("Series need exactly the family's labels, and short label values")
    func seriesLabels() throws {
        var registry = MetricsRegistry()
        try registry.registerServingFamilies()
        #expect(throws: SandboxError("requests_total needs a value for the label outcome", hint: "its labels are version, outcome")) {
            try registry.series("requests_total", ["version": "v1"])
        }
        #expect(throws: SandboxError("replicas has no label zone", hint: "its labels are version")) {
            try registry.series("replicas", ["version": "v1", "zone": "a"])
        }
        #expect(throws: SandboxError("no metric family named request_total", hint: "did you mean requests_total?")) {
            try registry.series("request_total", [:])
        }
        let longest = String(repeating: "é", count: 128)
        _ = try registry.series("replicas", ["version": longest])
        #expect(throws: SandboxError("a label value is at most 256 bytes; version has 257")) {
            try registry.series("replicas", ["version": longest + "x"])
        }
        let first = try registry.series("replicas", ["version": "v1"])
        #expect(try registry.series("replicas", ["version": "v1"]) == first)
    }

    @Test("At most 10,000 series")
    func seriesLimit() throws {
        var registry = MetricsRegistry()
        try registry.register("shard_up", help: "x", kind: .gauge, labels: ["shard"])
        for shard in 0..<MonitoringLimits.maximumSeries { _ = try registry.series("shard_up", ["shard": "\(shard)"]) }
        #expect(registry.seriesCount == 10_000)
        #expect(throws: SandboxError(
            "a registry holds at most 10000 series",
            hint: "a label whose values grow without bound (a user id, a request id) makes a series each; drop that label")) {
            try registry.series("shard_up", ["shard": "10000"])
        }
        _ = try registry.series("shard_up", ["shard": "9999"])
    }

    @Test("Counters go up by handle; gauges are set; the wrong kind is refused")
    func countersAndGauges() throws {
        var registry = MetricsRegistry()
        try registry.registerServingFamilies()
        let errors = try registry.series("requests_total", ["version": "v2", "outcome": "error"])
        let replicas = try registry.series("replicas", ["version": "v2"])
        try registry.add(errors)
        try registry.add(errors, 2.5)
        #expect(try registry.value(of: errors) == 3.5)
        #expect(throws: SandboxError("a counter only goes up; cannot add -1.0 to requests_total{version=\"v2\",outcome=\"error\"}",
                                     hint: "use a gauge for a value that goes down")) {
            try registry.add(errors, -1)
        }
        #expect(throws: SandboxError("cannot set requests_total{version=\"v2\",outcome=\"error\"}: it is a counter, not a gauge")) {
            try registry.set(errors, 1)
        }
        try registry.set(replicas, 4)
        try registry.shift(replicas, by: -1)
        #expect(try registry.value(of: replicas) == 3)
        try registry.reset(errors)
        #expect(try registry.value(of: errors) == 0)
        #expect(throws: SandboxError("series handle 99 does not belong to this registry (it has 2 series)")) {
            try registry.add(SeriesHandle(index: 99))
        }
    }

    @Test("Histograms count into the first bucket whose bound is at least the value")
    func histogramBuckets() throws {
        var registry = MetricsRegistry()
        try registry.register("latency_seconds", help: "x", kind: .histogram(buckets: [0.125, 0.5, 1]))
        let latency = try registry.series("latency_seconds")
        for value in [0.0625, 0.125, 0.75, 3.0] { try registry.observe(latency, value) }
        let reading = try registry.histogram(of: latency)
        #expect(reading.upperBounds == [0.125, 0.5, 1, .infinity])
        #expect(reading.cumulativeCounts == [2, 2, 3, 4])
        #expect(reading.sum == 3.9375)
        #expect(reading.count == 4)
        #expect(throws: SandboxError("cannot observe NaN into latency_seconds: its sum would stay NaN")) {
            try registry.observe(latency, .nan)
        }
        #expect(throws: SandboxError("cannot add to latency_seconds: it is a histogram, not a counter")) {
            try registry.add(latency)
        }
    }

    @Test("Observing a batch equals observing one by one")
    func batchObserve() throws {
        var oneByOne = MetricsRegistry()
        try oneByOne.registerServingFamilies()
        var batched = oneByOne
        let values = (0..<5_000).map { step in Double((step * 7_919) % 10_007) / 1_000.0 }
        let single = try oneByOne.series("request_latency_seconds", ["version": "v2"])
        for value in values { try oneByOne.observe(single, value) }
        let batch = try batched.series("request_latency_seconds", ["version": "v2"])
        try batched.observe(batch, values: values[..<2_500])
        try batched.observe(batch, values: values[2_500...])
        #expect(try batched.histogram(of: batch) == oneByOne.histogram(of: single))
        #expect(batched.prometheusText(at: 0) == oneByOne.prometheusText(at: 0))
    }

    @Test("A batch with a NaN counts nothing")
    func batchWithNaN() throws {
        var registry = MetricsRegistry()
        try registry.registerServingFamilies()
        let scores = try registry.series("model_score", ["version": "v1"])
        #expect(throws: SandboxError("cannot observe NaN into model_score{version=\"v1\"}: its sum would stay NaN; nothing was counted")) {
            try registry.observe(scores, values: [0.2, .nan, 0.4])
        }
        #expect(try registry.histogram(of: scores).count == 0)
    }

    @Test("Retention is bounded, and scrapes go forward")
    func retention() throws {
        #expect(throws: SandboxError("a registry keeps 2 to 200000 scrapes; got 1", hint: "8 days at one scrape a minute is 11520")) {
            try MetricsRegistry(retainedScrapes: 1)
        }
        var registry = try MetricsRegistry(retainedScrapes: 3)
        try registry.register("served_total", help: "x", kind: .counter)
        let served = try registry.series("served_total")
        for minute in 1...5 {
            try registry.add(served)
            try registry.scrape(at: Int64(minute) * 60)
        }
        #expect(registry.scrapeTimes == [180, 240, 300])
        #expect(try registry.value(MetricSelector("served_total"), at: 300) == 5)
        // Across the ring's wrap: 3@180, 4@240, 5@300; raw 2 over 120 s, 60 s to the start → ×1.5.
        #expect(try registry.increase(MetricSelector("served_total"), window: 180, at: 300) == 3)
        // Forgotten scrapes are gone: over 10m the series seems to start at 180, so only 30 s more (×1.25).
        #expect(try registry.increase(MetricSelector("served_total"), window: 600, at: 300) == 2.5)
        #expect(throws: SandboxError("scrapes go forward in time: the last was at 300, this one is at 300")) {
            try registry.scrape(at: 300)
        }
    }

    private static func hint(for message: String) -> String? {
        if message.hasPrefix("counter names") { return "for example requests_total" }
        return "use letters, digits, '_' and ':', not starting with a digit, like requests_total"
    }
}
