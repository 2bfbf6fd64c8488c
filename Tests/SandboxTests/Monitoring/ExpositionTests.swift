import Testing
@testable import Sandbox

@Suite("Monitoring: text exposition format 0.0.4")
struct ExpositionTests {
    static func registry() throws -> MetricsRegistry {
        var registry = MetricsRegistry()
        try registry.register("requests_total", help: "Requests served.", kind: .counter, labels: ["version", "outcome"])
        try registry.register("temperature", help: "Odd values.\nSecond line with a \\ backslash and \"quotes\".", kind: .gauge, labels: ["case"])
        try registry.register("latency_seconds", help: "Latency.", kind: .histogram(buckets: [0.125, 0.5, 1]))
        try registry.add(try registry.series("requests_total", ["version": "v2", "outcome": "error"]), 3)
        try registry.add(try registry.series("requests_total", ["version": "v1", "outcome": "ok"]), 7)
        try registry.add(try registry.series("requests_total", ["version": "v10", "outcome": "ok"]), 1e21)
        for (name, value) in [("nan", Double.nan), ("up", .infinity), ("down", -.infinity), ("tiny", 2.5e-7), ("escaped \"\\\n", -0.5)] {
            try registry.set(try registry.series("temperature", ["case": name]), value)
        }
        let latency = try registry.series("latency_seconds")
        try registry.observe(latency, values: [0.0625, 0.125, 0.75, 3])
        return registry
    }

    @Test("The golden text: families by name, series by label values, escapes and special numbers")
    func golden() throws {
        let expected = #"""
        # HELP latency_seconds Latency.
        # TYPE latency_seconds histogram
        latency_seconds_bucket{le="0.125"} 2
        latency_seconds_bucket{le="0.5"} 2
        latency_seconds_bucket{le="1"} 3
        latency_seconds_bucket{le="+Inf"} 4
        latency_seconds_sum 3.9375
        latency_seconds_count 4
        # HELP requests_total Requests served.
        # TYPE requests_total counter
        requests_total{version="v1",outcome="ok"} 7
        requests_total{version="v10",outcome="ok"} 1e+21
        requests_total{version="v2",outcome="error"} 3
        # HELP temperature Odd values.\nSecond line with a \\ backslash and "quotes".
        # TYPE temperature gauge
        temperature{case="down"} -Inf
        temperature{case="escaped \"\\\n"} -0.5
        temperature{case="nan"} NaN
        temperature{case="tiny"} 2.5e-07
        temperature{case="up"} +Inf

        """#
        #expect(try Self.registry().prometheusText(at: 0) == expected)
    }

    @Test("Timestamps, when asked for, are milliseconds")
    func timestamps() throws {
        let text = try Self.registry().prometheusText(at: 1_767_225_600, timestamps: true)
        #expect(text.contains("\nrequests_total{version=\"v1\",outcome=\"ok\"} 7 1767225600000\n"))
        #expect(text.contains("\nlatency_seconds_sum 3.9375 1767225600000\n"))
    }

    @Test("An empty registry writes nothing; a family without series writes its HELP and TYPE")
    func empty() throws {
        var registry = MetricsRegistry()
        #expect(registry.prometheusText(at: 0).isEmpty)
        try registry.register("replicas", help: "Replicas.", kind: .gauge, labels: ["version"])
        #expect(registry.prometheusText(at: 0) == "# HELP replicas Replicas.\n# TYPE replicas gauge\n")
    }
}
