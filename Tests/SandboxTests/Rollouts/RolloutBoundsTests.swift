import Testing
@testable import Sandbox

/// Bounds on what a spec may ask for, and on the work one advance may do.
@Suite struct RolloutBoundsTests {
    typealias F = RolloutFixtures

    private static func metrics(_ count: Int) -> String {
        (0..<count).map { "{name: m\($0), provider: {query: '1'}}" }.joined(separator: ", ")
    }

    @Test func templatesAndMetricsAreBounded() {
        let templates = (0..<21).map { "  - {name: t\($0), metrics: [\(Self.metrics(1))]}" }.joined(separator: "\n")
        #expect(F.problems("name: r\nmodel: m\nstrategy: {canary: {steps: [{pause: {}}]}}\ntemplates:\n\(templates)\n") == [
            "5:3: the file has 21 templates; the limit is 20",
        ])
        #expect(F.problems("name: r\nmodel: m\nstrategy: {canary: {steps: [{pause: {}}]}}\ntemplates:\n  - {name: a, metrics: [\(Self.metrics(11))]}\n") == [
            "5:24: template 'a' has 11 metrics; the limit is 10",
        ])
    }

    @Test func aDayOfOneSecondMeasurementsIsCheap() throws {
        let spec = try F.load("""
            name: r
            model: m
            strategy:
              canary:
                steps: [{setWeight: 10}, {pause: {duration: 1h}}, {setWeight: 50}, {pause: {duration: 24h}}]
                analysis: {templates: [t]}
            templates:
              - {name: t, metrics: [{name: x, interval: 1s, successCondition: result < 1, failureLimit: 5, provider: {query: '1'}}]}
            """)
        var state = RolloutState(spec: spec, target: F.target, at: 0)
        try state.advance(to: 86_400, measure: F.constant(0.5))
        #expect(state.analysisRuns[0].results[0].count == 86_401)
        #expect(state.phase == .paused)
    }

    @Test func oneAdvanceDoesBoundedWork() throws {
        let spec = try F.load("""
            name: r
            model: m
            strategy:
              canary:
                steps: [{setWeight: 10}, {pause: {}}]
                analysis: {templates: [t]}
            templates:
              - {name: t, metrics: [{name: x, interval: 1s, provider: {query: '1'}}]}
            """)
        var state = RolloutState(spec: spec, target: F.target, at: 0)
        #expect(throws: SandboxError("the rollout has more than 1000 events before 5000", hint: "advance the clock in smaller steps")) {
            try state.advance(to: 5_000, measure: F.constant(0.5), eventLimit: 1_000)
        }
        #expect(RolloutState.maximumEventsPerAdvance == 250_000)
    }
}
