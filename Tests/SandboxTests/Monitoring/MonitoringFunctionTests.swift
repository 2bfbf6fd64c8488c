import Testing
import Values
@testable import Sandbox

@Suite("Monitoring: query functions in expressions")
struct MonitoringFunctionTests {
    /// v2 serves 90 ok and 10 failed requests a minute, latencies 0.2 s (90 a minute) and 2 s (10);
    /// v1 has no failures. Scraped every minute from t=0 to t=600; 3 replicas of v2.
    static func registry() throws -> MetricsRegistry {
        var registry = MetricsRegistry()
        try registry.registerServingFamilies()
        let ok = try registry.series("requests_total", ["version": "v2", "outcome": "ok"])
        let failed = try registry.series("requests_total", ["version": "v2", "outcome": "error"])
        let healthy = try registry.series("requests_total", ["version": "v1", "outcome": "ok"])
        // Created at zero, as client libraries advise, so that v1's error share is 0 rather than no data.
        _ = try registry.series("requests_total", ["version": "v1", "outcome": "error"])
        let latency = try registry.series("request_latency_seconds", ["version": "v2"])
        try registry.set(try registry.series("replicas", ["version": "v2"]), 3)
        for minute in 0...10 {
            if minute > 0 {
                try registry.add(ok, 90)
                try registry.add(failed, 10)
                try registry.add(healthy, 100)
                try registry.observe(latency, values: repeatElement(0.2, count: 90))
                try registry.observe(latency, values: repeatElement(2.0, count: 10))
            }
            try registry.scrape(at: Int64(minute) * 60)
        }
        return registry
    }

    static func context(at time: Int64) throws -> ExpressionContext {
        ExpressionContext(root: .object([]), functions: try registry().expressionFunctions(at: time))
    }

    static func evaluate(_ text: String, at time: Int64 = 600) throws -> Value {
        try Expression(text).evaluate(in: context(at: time))
    }

    static let functionCases: [(String, Double)] = [
        (#"rate("requests_total{version=\"v2\"}", "5m")"#, 100.0 / 60),
        (#"increase("requests_total{version=\"v2\",outcome=\"error\"}", "10m")"#, 100),
        (#"quantile(0.5, "request_latency_seconds{version=\"v2\"}", "5m")"#, 0.1 + 0.15 * (50.0 / 90)),
        (#"quantile(0.99, "request_latency_seconds{version=\"v2\"}", "5m")"#, 1 + 1.5 * (9.0 / 10)),
        (#"mean("request_latency_seconds{version=\"v2\"}", "5m")"#, 0.38),
        (#"avg_over_time("replicas{version=\"v2\"}", "1h")"#, 3),
        (#"value("replicas")"#, 3),
        ("mean([1, 2, 3])", 2),
    ]

    @Test("An error-share condition evaluates through Expression with the host functions")
    func ratioCondition() throws {
        let share = #"ratio("requests_total{outcome=\"error\",version=\"v2\"}", "requests_total{version=\"v2\"}", "5m")"#
        let value = try #require(try Self.evaluate(share).doubleValue)
        expectClose(value, 0.1)
        #expect(try Self.evaluate(share + " > 0.05") == true)
        #expect(try Self.evaluate(#"ratio('requests_total{outcome="error",version="v1"}', 'requests_total{version="v1"}', '5m') > 0.05"#) == false)
    }

    @Test("rate, increase, quantile, mean, avg_over_time and value", arguments: functionCases)
    func functions(text: String, expected: Double) throws {
        expectClose(try #require(try Self.evaluate(text).doubleValue), expected, text)
    }

    @Test("Bad selectors, windows and arguments give clear errors", arguments: [
        (600, #"rate("requests_total{version!=\"v2\"}", "5m")"#,
         #"rate: selector column 23: only equality matchers (=) are supported; != is not in `requests_total{version!="v2"}` (name the exact value, like version="v2")"#),
        (600, #"rate("requests_total", "5 minutes")"#,
         #"rate: '5 minutes' is not a duration: ' ' is not a unit (write a number and a unit (s, m, h, d, w), like "30s", "5m", "1h" or "1h30m")"#),
        (600, #"rate(5, "5m")"#, #"rate: argument 1 is a selector in quotes, like "requests_total{version=\"v2\"}""#),
        (600, #"quantile("high", "request_latency_seconds", "5m")"#, "quantile: argument 1 is a number, like 0.99"),
        (600, #"value("request_latency_seconds")"#,
         "value: value reads one number per series, and request_latency_seconds is a histogram: use quantile or mean"),
        (600, #"rate("requests_total{version=\"v2\"}", "5m", "x")"#, "rate takes 2 arguments, not 3"),
        (5_000, #"rate("requests_total{version=\"v2\"}", "5m")"#,
         #"rate: no data: rate needs two scrapes of requests_total{version="v2"} in the last 5m"#),
    ])
    func errors(time: Int64, text: String, message: String) throws {
        let context = try Self.context(at: time)
        do throws(ExpressionError) {
            _ = try Expression(text).evaluate(in: context)
            Issue.record("\(text) evaluated")
        } catch {
            #expect(error.message == message)
            #expect(error.column == 1)
        }
    }

    @Test("Sparkline points: one query at evenly spaced times, nil where data is missing")
    func sparkline() throws {
        var registry = MetricsRegistry()
        try registry.register("served_total", help: "x", kind: .counter)
        let served = try registry.series("served_total")
        for time in stride(from: Int64(300), through: 600, by: 60) {
            try registry.add(served, Double(time) - (try registry.value(of: served)))
            try registry.scrape(at: time)
        }
        let points = try registry.sparkline(.rate(MetricSelector("served_total"), window: 120), points: 5, span: 600, endingAt: 600)
        #expect(points.count == 5)
        #expect(points[0] == nil && points[1] == nil)
        for point in points[2...] { expectClose(try #require(point), 1) }
        #expect(throws: SandboxError("a sparkline has 1 to 1000 points; got 0")) {
            try registry.sparkline(.value(MetricSelector("served_total")), points: 0, span: 600, endingAt: 600)
        }
    }

    @Test("Queries print as PromQL")
    func promQLText() {
        let v2 = MetricSelector("request_latency_seconds", ["version": "v2"])
        #expect(MonitoringQuery.quantile(0.99, v2, window: 300).description
                == #"histogram_quantile(0.99, sum by (le) (rate(request_latency_seconds_bucket{version="v2"}[5m])))"#)
        #expect(MonitoringQuery.mean(v2, window: 3_600).description
                == #"sum(rate(request_latency_seconds_sum{version="v2"}[1h])) / sum(rate(request_latency_seconds_count{version="v2"}[1h]))"#)
    }
}
