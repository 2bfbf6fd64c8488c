import Testing
@testable import Sandbox

@Suite struct ContinuousTrainingTests {
    static let pipeline = """
        name: retrain
        steps:
          - {id: data, uses: generate, with: {scenario: fraud, days: 2}}
          - {id: train, uses: train, needs: [data], with: {data: data.data, target: is_fraud, l2: 0.5}}
          - {id: register, uses: register, needs: [train], with: {model: train.model, name: fraud, alias: challenger}}
        """
    static let rollout = """
        name: ship
        model: fraud
        strategy:
          canary:
            steps:
              - setWeight: 50
              - pause: {duration: 10m}
              - setWeight: 100
        """

    @Test func aScheduledPolicyRetrainsRegistersAndShipsWithACanaryAndTheChainIsRecorded() throws {
        var world = try servingWorld()
        try world.addPolicy(TrainingPolicy(
            name: "nightly", trigger: .schedule(period: 3 * 3_600), pipeline: ("retrain.yaml", Self.pipeline),
            rollout: ("ship.yaml", Self.rollout), cooldown: 86_400, lastTriggered: nil, addedAt: world.now))
        _ = try world.serveTraffic(minutes: 4 * 60, requestsPerSecond: 2)
        let event = try #require(world.trainingEvents.first)
        #expect(world.trainingEvents.count == 1)
        #expect(event.at == World.startTime + 3 * 3_600)
        #expect(event.reason == "schedule: 3h since the last training")
        #expect(event.problem == nil)
        let run = try world.tracking.run(try #require(event.runID))
        #expect(run.tags["trigger"] == "policy nightly: schedule: 3h since the last training")
        #expect(event.version == 3)
        #expect(world.registry.model("fraud")?.version(3)?.runID == run.id)
        let rollout = try #require(event.rollout.map { world.rollouts.rollouts[$0 - 1] })
        #expect(rollout.target.newVersion == 3)
        #expect(rollout.phase == .healthy)
        #expect(world.serving.route == .single(3))
    }

    @Test func aPolicyWhosePipelineDoesNotLoadIsRefused() throws {
        var world = try servingWorld()
        #expect(throws: SandboxError.self) {
            try world.addPolicy(TrainingPolicy(
                name: "broken", trigger: .schedule(period: 3_600), pipeline: ("bad.yaml", "name: x\nsteps: []\n"), rollout: nil,
                cooldown: 0, lastTriggered: nil, addedAt: world.now))
        }
        #expect(world.policies.isEmpty)
    }
}
