import Modeling
import Testing
@testable import Sandbox

/// A world with two registered fraud models (v1, v2), v1 deployed.
func servingWorld(seed: UInt64 = 5) throws -> World {
    var world = World(seed: seed)
    let spec = try PipelineSpec.load(text: """
        name: small
        params: {l2: 1.0}
        steps:
          - {id: data, uses: generate, with: {scenario: fraud, days: 3}}
          - {id: train, uses: train, needs: [data], with: {data: data.data, target: is_fraud, l2: "${params.l2}"}}
          - {id: register, uses: register, needs: [train], with: {model: train.model, name: fraud, alias: challenger}}
        """, file: "small.yaml")
    for l2 in ["1.0", "0.1"] {
        let executor = PipelineExecutor(spec: try spec.resolved(overrides: ["l2": l2]), pipelineHash: "h", programVersion: "test")
        _ = try executor.run(in: &world, readFile: { (path) throws(SandboxError) in throw SandboxError(path) })
    }
    _ = try world.deploy("fraud@v1", replicas: 2, scenario: .fraud)
    return world
}

@Suite struct ServingTests {
    @Test func aCanarySplitHonoursItsWeightOverManyRequests() throws {
        var world = try servingWorld()
        _ = try world.stage("fraud@v2")
        try world.setRoute(.canary(stable: 1, canary: 2, weight: 20))
        let summary = try world.serveTraffic(minutes: 120, requestsPerSecond: 5)
        let canary = try #require(summary.versions.first { $0.version == 2 })
        let share = Double(canary.requests) / Double(summary.requests)
        // Binomial: n ≈ 36,000, σ of the share ≈ 0.002; 4σ is 0.008.
        #expect(abs(share - 0.2) < 0.008, "canary share \(share) of \(summary.requests)")
        #expect(world.now == World.startTime + 7_200)
    }

    @Test func eachFaultShowsInTheOutcomesAndTheMetrics() throws {
        var world = try servingWorld()
        try world.inject(.errors(rate: 0.1), into: 1)
        try world.inject(.latency(milliseconds: 300), into: 1)
        let summary = try world.serveTraffic(minutes: 60, requestsPerSecond: 5)
        let v1 = try #require(summary.versions.first)
        let errorShare = Double(v1.errors) / Double(v1.requests)
        #expect(abs(errorShare - 0.1) < 0.02, "error share \(errorShare)")
        #expect(v1.p99Milliseconds > 300)
        let ratio = try world.monitoring.metrics.ratio(
            MetricSelector("requests_total", ["outcome": "error"]), MetricSelector("requests_total"), window: 3_600, at: world.now)
        #expect(abs((ratio ?? 0) - errorShare) < 0.01)
        try world.clearFaults(1)
        try world.inject(.nan(rate: 0.05), into: 1)
        let after = try world.serveTraffic(minutes: 60, requestsPerSecond: 5)
        let invalid = Double(after.versions[0].invalid) / Double(after.versions[0].requests)
        #expect(abs(invalid - 0.05) < 0.015, "nan share \(invalid)")
        #expect(after.versions[0].errors == 0)
    }

    @Test func anUnderProvisionedFleetQueuesShedsAndTheAutoscalerCatchesUp() throws {
        var world = try servingWorld()
        try world.advance(seconds: 12 * 3_600)
        try world.scale(1, replicas: 1)
        // Small replicas, so a few requests per second overload one of them.
        world.serving.update(1) { $0.latency.capacityPerReplica = 2 }
        let overloaded = try world.serveTraffic(minutes: 30, requestsPerSecond: 5)
        #expect(overloaded.versions[0].errors > 0, "one small replica at 5 rps must shed load")
        // Every logged request's latency is its parts: a shed one waited the timeout in the queue.
        let shed = world.serving.log.filter { $0.latency.total == world.serving.deployment(1)?.latency.timeoutMilliseconds }
        #expect(!shed.isEmpty && shed.allSatisfy { $0.outcome == "error" && $0.latency.service == 0 })
        for record in world.serving.log {
            let parts = record.latency.service + record.latency.queue + record.latency.injected
            #expect(abs(parts - record.latency.total) <= 1e-9 * record.latency.total, "\(record.label): \(record.latency)")
        }
        try world.autoscale(1, Autoscaler(minimumReplicas: 1, maximumReplicas: 10, targetUtilization: 0.6))
        let scaled = try world.serveTraffic(minutes: 30, requestsPerSecond: 5)
        #expect(!scaled.scaling.isEmpty)
        #expect((world.serving.deployment(1)?.replicas ?? 0) >= 2)
        #expect(scaled.versions[0].errors < overloaded.versions[0].errors)
    }

    @Test func theSameSandboxServesTheSameRequests() throws {
        var first = try servingWorld()
        var second = try servingWorld()
        let a = try first.serveTraffic(minutes: 30, requestsPerSecond: 5)
        let b = try second.serveTraffic(minutes: 30, requestsPerSecond: 5)
        #expect(a == b)
        #expect(first.serving.log == second.serving.log)
        #expect(!first.serving.log.isEmpty)
    }

    @Test func aShadowIsComparedAndNeverAnswers() throws {
        var world = try servingWorld()
        try world.setShadow("fraud@v2", percent: 50)
        let summary = try world.serveTraffic(minutes: 60, requestsPerSecond: 5)
        #expect(summary.versions.map(\.version) == [1])
        let comparison = try #require(world.serving.shadowComparison)
        #expect(Double(comparison.count) > Double(summary.requests) * 0.45)
        #expect(comparison.agreement > 0.9)
    }

    @Test func stoppingAtATickBoundaryKeepsAConsistentWorld() throws {
        var world = try servingWorld()
        var ticks = 0
        let summary = try world.serveTraffic(minutes: 60, requestsPerSecond: 5, shouldStop: { ticks >= 10 }, observe: { _ in ticks += 1 })
        #expect(summary.stoppedEarly)
        #expect(summary.to == World.startTime + 600)
        #expect(world.now == summary.to)
        #expect(world.monitoring.metrics.latestScrapeTime == summary.to)
    }

    @Test func trafficBeforeADeploymentAndBadSettingsAreRefused() throws {
        var world = World(seed: 1)
        #expect(throws: SandboxError("nothing is deployed yet", hint: "deploy a registered version first: deploy start MODEL@ALIAS")) {
            try world.serveTraffic(minutes: 10, requestsPerSecond: 5)
        }
        var served = try servingWorld()
        #expect(throws: SandboxError("--rps takes more than 0 and at most 50, not 80.0")) { try served.serveTraffic(minutes: 10, requestsPerSecond: 80) }
        #expect(throws: SandboxError("a canary weight is 0 to 100, not 120")) {
            _ = try served.stage("fraud@v2")
            try served.setRoute(.canary(stable: 1, canary: 2, weight: 120))
        }
    }
}
