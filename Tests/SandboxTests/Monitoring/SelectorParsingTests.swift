import Testing
@testable import Sandbox

@Suite("Monitoring: selector and window text")
struct SelectorParsingTests {
    @Test("Selectors read names, equality matchers, both quotes, escapes and spaces")
    func parses() throws {
        #expect(try MetricSelector(parsing: "requests_total") == MetricSelector("requests_total"))
        #expect(try MetricSelector(parsing: " requests_total { version = 'v2' , outcome=\"error\", } ")
                == MetricSelector("requests_total", ["version": "v2", "outcome": "error"]))
        #expect(try MetricSelector(parsing: #"replicas{version="a\"b\\c\nd"}"#) == MetricSelector("replicas", ["version": "a\"b\\c\nd"]))
        #expect(try MetricSelector(parsing: "replicas{}") == MetricSelector("replicas"))
        #expect(MetricSelector("requests_total", ["version": "v2", "outcome": "error"]).description
                == #"requests_total{outcome="error",version="v2"}"#)
    }

    @Test("Bad selectors say what is wrong and where", arguments: [
        (#"requests_total{version!="v2"}"#, #"selector column 23: only equality matchers (=) are supported; != is not in `requests_total{version!="v2"}`"#),
        (#"{version="v2"}"#, #"selector column 1: start with the metric name in `{version="v2"}`"#),
        (#"requests_total{version="v2""#, #"selector column 28: the selector ends inside '{' in `requests_total{version="v2"`"#),
        (#"requests_total{version=v2}"#, #"selector column 24: a label value goes in quotes in `requests_total{version=v2}`"#),
        (#"requests_total[5m]"#, #"selector column 15: a window does not go inside the selector in `requests_total[5m]`"#),
        (#"requests_total{version="v2}"#, #"selector column 24: the label value that starts here is not closed in `requests_total{version="v2}`"#),
        (#"requests_total{a="1",a="2"}"#, #"selector column 22: the label a is matched twice in `requests_total{a="1",a="2"}`"#),
        ("", "selector column 1: the selector is empty in ``"),
    ])
    func errors(text: String, message: String) {
        do {
            _ = try MetricSelector(parsing: text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.message == message)
        }
    }

    @Test("Windows are PromQL durations", arguments: [("30s", 30), ("5m", 300), ("1h", 3_600), ("1d", 86_400), ("1h30m", 5_400), ("1w", 604_800)])
    func durations(text: String, seconds: Int64) throws {
        #expect(try QueryDuration.seconds(parsing: text) == seconds)
        #expect(QueryDuration.text(seconds) == text)
    }

    @Test("Bad windows say why", arguments: [
        ("5", "'5' is not a duration: the number needs a unit"),
        ("m", "'m' is not a duration: a number goes before 'm'"),
        ("5x", "'5x' is not a duration: 'x' is not a unit"),
        ("1m1h", "'1m1h' is not a duration: units go from largest to smallest, each once"),
        ("0s", "a window must be longer than 0 seconds; got '0s'"),
        ("999d", "'999d' is longer than 400 days"),
    ])
    func badDurations(text: String, message: String) {
        do {
            _ = try QueryDuration.seconds(parsing: text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.message == message)
        }
    }

    @Test("Selectors are checked against the registry")
    func resolution() throws {
        var registry = MetricsRegistry()
        try registry.registerServingFamilies()
        #expect(throws: SandboxError("no metric family named request_total (did you mean requests_total?)")) {
            try registry.rate(MetricSelector("request_total"), window: 60, at: 0)
        }
        #expect(throws: SandboxError("requests_total{versoin=\"v2\"}: requests_total has no label versoin (did you mean version? its labels are version, outcome)")) {
            try registry.rate(MetricSelector("requests_total", ["versoin": "v2"]), window: 60, at: 0)
        }
        #expect(throws: SandboxError("request_latency_seconds_bucket: select the histogram itself, request_latency_seconds; quantile reads its buckets")) {
            try registry.rate(MetricSelector("request_latency_seconds_bucket"), window: 60, at: 0)
        }
    }
}
