import Testing
import Values
@testable import Sandbox

@Suite("Monitoring: alert rules and their states")
struct AlertEvaluatorTests {
    /// A registry whose `error_share` gauge takes `values`, one scrape a minute from t=60.
    static func ticks(_ values: [Double], rule: AlertRule) throws -> AlertEvaluator {
        var registry = MetricsRegistry()
        try registry.register("error_share", help: "x", kind: .gauge)
        let share = try registry.series("error_share")
        var evaluator = try AlertEvaluator(rules: [rule])
        for (minute, value) in values.enumerated() {
            let time = Int64(minute + 1) * 60
            try registry.set(share, value)
            try registry.scrape(at: time)
            try evaluator.evaluate(at: time, registry: registry)
        }
        return evaluator
    }

    static func rule(for seconds: Int64) throws -> AlertRule {
        try AlertRule(name: "HighErrorShare", condition: Expression("value(\"error_share\") > 0.05"), for: seconds,
                      labels: ["severity": "page"], annotations: ["summary": "More than 5% of requests fail"])
    }

    @Test("false, true, true past for, false: pending at t1, firing at t3, resolved at t4")
    func lifeCycle() throws {
        let evaluator = try Self.ticks([0.01, 0.08, 0.09, 0.10, 0.02], rule: try Self.rule(for: 120))
        #expect(evaluator.events == [
            AlertEvent(rule: "HighErrorShare", change: .pending, at: 120, value: 0.08,
                       message: "HighErrorShare is pending: its condition holds; it fires if it still holds after 2m"),
            AlertEvent(rule: "HighErrorShare", change: .firing, at: 240, value: 0.10,
                       message: "HighErrorShare is firing: its condition has held for 2m"),
            AlertEvent(rule: "HighErrorShare", change: .resolved, at: 300, value: 0.02,
                       message: "HighErrorShare is resolved: its condition no longer holds, after firing for 1m"),
        ])
        #expect(evaluator.state(of: "HighErrorShare") == .inactive)
    }

    @Test("States along the way: pending keeps its start; firing records when it fired")
    func statesAlongTheWay() throws {
        #expect(try Self.ticks([0.08, 0.09], rule: try Self.rule(for: 120)).state(of: "HighErrorShare") == .pending(since: 60))
        let firing = try Self.ticks([0.08, 0.09, 0.07, 0.3], rule: try Self.rule(for: 120))
        #expect(firing.state(of: "HighErrorShare") == .firing(since: 60, firedAt: 180))
        #expect(firing.firing == ["HighErrorShare"])
    }

    @Test("for: 0 fires at the first evaluation where the condition holds")
    func forZero() throws {
        let evaluator = try Self.ticks([0.01, 0.2, 0.01], rule: try Self.rule(for: 0))
        #expect(evaluator.events.map(\.change) == [.firing, .resolved])
        #expect(evaluator.events.map(\.at) == [120, 180])
        #expect(evaluator.events[0].message == "HighErrorShare is firing: its condition holds and its for is 0s")
    }

    @Test("A pending alert whose condition stops holding is cleared, never fired")
    func cleared() throws {
        let evaluator = try Self.ticks([0.2, 0.01], rule: try Self.rule(for: 300))
        #expect(evaluator.events.map(\.change) == [.pending, .cleared])
        #expect(evaluator.events[1].message
                == "HighErrorShare is inactive again: its condition stopped holding before 5m had passed, so it never fired")
    }

    @Test("An evaluation error leaves the state alone and is recorded once")
    func errorsOnce() throws {
        var registry = MetricsRegistry()
        try registry.registerServingFamilies()
        let ok = try registry.series("requests_total", ["version": "v2", "outcome": "ok"])
        let rule = try AlertRule(name: "HighTraffic", condition: Expression("rate(\"requests_total{version=\\\"v2\\\"}\", \"5m\") > 1"))
        var evaluator = try AlertEvaluator(rules: [rule])
        try registry.scrape(at: 60)
        try evaluator.evaluate(at: 60, registry: registry)
        try evaluator.evaluate(at: 90, registry: registry)
        try registry.add(ok, 600)
        try registry.scrape(at: 120)
        try evaluator.evaluate(at: 120, registry: registry)
        #expect(evaluator.events.map(\.change) == [.evaluationFailed, .firing])
        #expect(evaluator.events[0] == AlertEvent(
            rule: "HighTraffic", change: .evaluationFailed, at: 60,
            message: "HighTraffic could not be evaluated, so it stays inactive: rate: no data: rate needs two scrapes of requests_total{version=\"v2\"} in the last 5m"))
        // Firing, then no data again (the series stops being scraped): still firing, one more error.
        try evaluator.evaluate(at: 1_000, registry: registry)
        try evaluator.evaluate(at: 1_060, registry: registry)
        #expect(evaluator.state(of: "HighTraffic") == .firing(since: 120, firedAt: 120))
        #expect(evaluator.events.map(\.change) == [.evaluationFailed, .firing, .evaluationFailed])
        #expect(evaluator.events[2].message.hasPrefix("HighTraffic could not be evaluated, so it stays firing: "))
    }

    @Test("A condition that gives a number is one error, whatever the number")
    func numberConditionOnce() throws {
        var registry = MetricsRegistry()
        try registry.registerServingFamilies()
        let ok = try registry.series("requests_total", ["version": "v2", "outcome": "ok"])
        let rule = try AlertRule(name: "Traffic", condition: Expression("rate(\"requests_total\", \"5m\")"))
        var evaluator = try AlertEvaluator(rules: [rule])
        for minute in 1...6 {
            try registry.add(ok, Double(minute * 37))
            try registry.scrape(at: Int64(minute * 60))
            try evaluator.evaluate(at: Int64(minute * 60), registry: registry)
        }
        #expect(evaluator.events.map(\.change) == [.evaluationFailed, .evaluationFailed])
        #expect(evaluator.events[1].message.contains("gives the number"))
    }

    @Test("A removed rule stops being evaluated and its history stays")
    func removal() throws {
        var evaluator = try AlertEvaluator(rules: [try AlertRule(name: "Always", condition: Expression("true"))])
        try evaluator.evaluate(at: 60, registry: MetricsRegistry())
        try evaluator.remove("Always", at: 120)
        try evaluator.evaluate(at: 180, registry: MetricsRegistry())
        #expect(evaluator.rules.isEmpty && evaluator.state(of: "Always") == nil)
        #expect(evaluator.events.map(\.change) == [.firing, .removed])
        #expect(evaluator.events[1].message == "Always was removed while firing")
        #expect(throws: SandboxError("there is no alert rule named Always", hint: "there are no alert rules")) {
            try evaluator.remove("Always", at: 180)
        }
        try evaluator.add(try AlertRule(name: "Always", condition: Expression("false")))
        #expect(evaluator.state(of: "Always") == .inactive)
    }

    @Test("Rules are bounded and named once; time goes forward")
    func bounds() throws {
        let condition = try Expression("true")
        #expect(throws: SandboxError("'High error' is not a valid alert name", hint: "use letters, digits and '_', like HighErrorRate")) {
            try AlertRule(name: "High error", condition: condition)
        }
        var evaluator = AlertEvaluator()
        for number in 0..<MonitoringLimits.maximumAlertRules { try evaluator.add(try AlertRule(name: "Rule\(number)", condition: condition)) }
        #expect(throws: SandboxError("at most 100 alert rules")) { try evaluator.add(try AlertRule(name: "Extra", condition: condition)) }
        #expect(throws: SandboxError("there is already an alert rule named Rule0")) {
            var small = AlertEvaluator()
            try small.add(try AlertRule(name: "Rule0", condition: condition))
            try small.add(try AlertRule(name: "Rule0", condition: condition))
        }
        try evaluator.evaluate(at: 100, context: ExpressionContext(root: .object([])))
        #expect(evaluator.firing.count == 100)
        #expect(throws: SandboxError("alert rules are evaluated forward in time: the last evaluation was at 100, this one is at 99")) {
            try evaluator.evaluate(at: 99, context: ExpressionContext(root: .object([])))
        }
    }
}
