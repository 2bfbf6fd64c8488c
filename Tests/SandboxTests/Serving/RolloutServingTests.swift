import Testing
@testable import Sandbox

@Suite struct RolloutServingTests {
    static let spec = """
        name: canary
        model: fraud
        strategy:
          canary:
            steps:
              - setWeight: 20
              - pause: {duration: 5m}
              - analysis: {templates: [latency]}
              - setWeight: 100
        templates:
          - name: latency
            metrics:
              - name: latency
                interval: 1m
                count: 3
                successCondition: result <= 0.1
                failureLimit: 0
                provider:
                  query: 'quantile(0.99, "request_latency_seconds{version=\\"canary\\"}", "5m")'
        """

    @Test func aHealthyCanaryReachesAllTrafficAndABadBuildIsAbortedWithTheReason() throws {
        var good = try servingWorld()
        _ = try good.startRollout(try RolloutSpec.load(text: Self.spec, file: "canary.yaml"), to: "fraud@v2")
        #expect(good.serving.route == .canary(stable: 1, canary: 2, weight: 20))
        _ = try good.serveTraffic(minutes: 20, requestsPerSecond: 5)
        #expect(good.rollouts.rollouts[0].phase == .healthy)
        #expect(good.serving.route == .single(2))

        var bad = try servingWorld()
        _ = try bad.startRollout(try RolloutSpec.load(text: Self.spec, file: "canary.yaml"), to: "fraud@v2")
        try bad.inject(.latency(milliseconds: 400), into: 2)
        _ = try bad.serveTraffic(minutes: 20, requestsPerSecond: 5)
        let rollout = bad.rollouts.rollouts[0]
        #expect(rollout.phase == .degraded)
        #expect(bad.serving.route == .single(1))
        #expect(bad.serving.deployed.map(\.version) == [1])
        let message = try #require(rollout.message)
        #expect(message.contains("metric \"latency\" assessed Failed"), "\(message)")
        #expect(message.contains("successCondition result <= 0.1"))
    }

    @Test func aSecondRolloutWhileOneRunsIsRefused() throws {
        var world = try servingWorld()
        let spec = try RolloutSpec.load(text: Self.spec, file: "canary.yaml")
        _ = try world.startRollout(spec, to: "fraud@v2")
        #expect(throws: SandboxError.self) { try world.startRollout(spec, to: "fraud@v2") }
    }
}
