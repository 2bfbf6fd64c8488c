import Testing
@testable import Sandbox

/// Rollout specs that load, with Argo's defaults filled in.
@Suite struct RolloutSpecTests {
    typealias F = RolloutFixtures

    static let canary = """
        name: fraud-canary
        model: fraud-detector
        strategy:
          canary:
            steps:
              - setWeight: 10
              - pause: {duration: 10m}
              - analysis: {templates: [error-rate, latency-p99]}
              - setWeight: 50
              - pause: {}
              - setWeight: 100
            analysis:
              templates: [error-rate]
              startingStep: 1
        templates:
          - name: error-rate
            metrics:
              - name: error-rate
                interval: 1m
                count: 5
                initialDelay: 1m
                successCondition: result < 0.05
                failureCondition: result >= 0.10
                failureLimit: 1
                provider: {query: 'ratio("requests_total{outcome=\\"error\\",version=\\"canary\\"}", "requests_total{version=\\"canary\\"}", "5m")'}
          - name: latency-p99
            metrics:
              - name: latency-p99
                successCondition: result <= 250
                provider:
                  query: quantile("latency_ms", 0.99, "5m")
        """

    @Test func aCanaryLoadsWithItsStepsAndTemplates() throws {
        let spec = try F.load(Self.canary)
        #expect(spec.name == "fraud-canary")
        #expect(spec.model == "fraud-detector")
        guard case .canary(let canary) = spec.strategy else { Issue.record("not a canary"); return }
        #expect(canary.steps.map(\.action) == [
            .setWeight(10), .pause(seconds: 600), .analysis(AnalysisReference(templates: ["error-rate", "latency-p99"], location: SpecLocation(line: 8, column: 19))),
            .setWeight(50), .pause(seconds: nil), .setWeight(100),
        ])
        #expect(canary.analysis?.startingStep == 1)
        #expect(canary.steps[2].location == SpecLocation(line: 8, column: 9))
        let metric = try #require(spec.template(named: "error-rate")?.metrics.first)
        #expect(metric.interval == 60)
        #expect(metric.count == 5)
        #expect(metric.initialDelay == 60)
        #expect(metric.failureLimit == 1)
        #expect(metric.query.text == #"ratio("requests_total{outcome=\"error\",version=\"canary\"}", "requests_total{version=\"canary\"}", "5m")"#)
        #expect(spec.metrics(for: AnalysisReference(templates: ["error-rate", "latency-p99"])).map(\.name) == ["error-rate", "latency-p99"])
    }

    @Test func unwrittenFieldsTakeArgosDefaults() throws {
        let spec = try F.load(Self.canary)
        let metric = try #require(spec.template(named: "latency-p99")?.metrics.first)
        // analysis_types.go: failureLimit 0, inconclusiveLimit 0, consecutiveErrorLimit 4; no
        // interval and no count measure once.
        #expect(metric.failureLimit == 0)
        #expect(metric.inconclusiveLimit == 0)
        #expect(metric.consecutiveErrorLimit == 4)
        #expect(metric.interval == nil)
        #expect(metric.count == nil)
        #expect(metric.effectiveCount == 1)
        #expect(metric.initialDelay == 0)
        #expect(metric.failureCondition == nil)
    }

    @Test func aBlueGreenLoadsWithItsDefaults() throws {
        let spec = try F.load("""
            name: fraud-bg
            model: fraud-detector
            strategy:
              blueGreen: {prePromotionAnalysis: {templates: [smoke]}}
            templates:
              - name: smoke
                metrics:
                  - {name: smoke, successCondition: result == 1, provider: {query: smoke()}}
            """)
        guard case .blueGreen(let blueGreen) = spec.strategy else { Issue.record("not blue/green"); return }
        // docs/features/bluegreen.md: autoPromotionEnabled defaults to true, scaleDownDelaySeconds to 30.
        #expect(blueGreen.autoPromotionEnabled)
        #expect(blueGreen.autoPromotionSeconds == nil)
        #expect(blueGreen.scaleDownDelaySeconds == nil)
        #expect(blueGreen.effectiveScaleDownDelaySeconds == 30)
        #expect(blueGreen.prePromotionAnalysis?.templates == ["smoke"])
        #expect(blueGreen.postPromotionAnalysis == nil)
    }

    @Test func durationsAreWholeSeconds() {
        #expect(SpecDuration.seconds("30s") == 30)
        #expect(SpecDuration.seconds("10m") == 600)
        #expect(SpecDuration.seconds("1h") == 3_600)
        #expect(SpecDuration.seconds("1h30m") == 5_400)
        #expect(SpecDuration.seconds("45") == 45)
        #expect(SpecDuration.seconds("0") == 0)
        for refused in ["", "m", "1.5m", "500ms", "10m1h", "1d", "-5s", "1h1h", "99999999h"] {
            #expect(SpecDuration.seconds(refused) == nil, "\(refused)")
        }
        #expect(SpecDuration.text(5_430) == "1h30m30s")
        #expect(SpecDuration.text(0) == "0s")
    }

    @Test func argosTemplateNameFormIsAccepted() throws {
        let spec = try F.load("""
            name: r
            model: m
            strategy:
              canary:
                steps:
                  - analysis:
                      templates:
                        - templateName: smoke
                        - smoke
            templates:
              - {name: smoke, metrics: [{name: smoke, provider: {query: "1"}}]}
            """)
        // Argo runs a template listed twice once (utils/analysis/filter.go FilterUniqueTemplates).
        #expect(spec.strategy.analyses.map(\.reference.templates) == [["smoke"]])
    }
}
