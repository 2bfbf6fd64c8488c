import Stats
import Testing
@testable import Sandbox

@Suite struct ABTestTests {
    /// v1 sees only the user's segment (the same for a whole slate: it cannot rank); v2 is a tree
    /// ensemble that also sees the item, so it can learn which categories each segment prefers.
    /// Neither reads `position`, which would only learn the position bias of the recorded clicks.
    private func rankers() throws -> World {
        var world = World(seed: 3)
        for (dropped, model) in [("[position, item_popularity, item_category]", "logistic-regression"), ("[position]", "gbdt")] {
            let spec = try PipelineSpec.load(text: """
                name: ranker
                steps:
                  - {id: data, uses: generate, with: {scenario: recsys, days: 2}}
                  - {id: features, uses: transform, needs: [data], with: {data: data.data, target: clicked, drop: \(dropped)}}
                  - {id: train, uses: train, needs: [data, features], with: {data: data.data, features: features.features, target: clicked, model: \(model), trees: 60}}
                  - {id: register, uses: register, needs: [train], with: {model: train.model, name: ranker}}
                """, file: "ranker.yaml")
            let executor = PipelineExecutor(spec: try spec.resolved(overrides: [:]), pipelineHash: "h", programVersion: "t")
            _ = try executor.run(in: &world, readFile: { (path) throws(SandboxError) in throw SandboxError(path) })
        }
        _ = try world.deploy("ranker@v1", replicas: 4, scenario: .recsys)
        return world
    }

    @Test func theTestIsSizedByFleissSplitsUsersAndCountsWhatEachArmShows() throws {
        var world = try rankers()
        let test = try world.startABTest("ranker@v2", share: 50, baseline: 0.1, minimumEffect: 0.02, alpha: 0.05, power: 0.8)
        #expect(test.plannedPerArm == (try twoProportionSampleSize(baseline: 0.1, target: 0.12)))
        #expect(world.serving.route == .abTest(a: 1, b: 2, share: 50))
        _ = try world.serveTraffic(minutes: 90, requestsPerSecond: 10)
        let counted = try #require(world.serving.abTest)
        #expect(counted.shownA > 0 && counted.shownB > 0)
        let balance = Double(counted.shownB) / Double(counted.shownA + counted.shownB)
        #expect(abs(balance - 0.5) < 0.05, "share of shown impressions in B: \(balance)")
        let result = try counted.result()
        #expect(result.rateB > result.rateA, "the ranker that sees the items shows ones that are clicked more: \(result.rateA) against \(result.rateB)")
        #expect(result.rateA == Double(counted.clicksA) / Double(counted.shownA))
        #expect(result.interval.difference == result.rateB - result.rateA)
        #expect(result.interval.lower < result.interval.difference && result.interval.difference < result.interval.upper)
        try world.stopABTest(keep: 2)
        #expect(world.serving.route == .single(2))
        #expect(world.serving.abTest?.stoppedAt == world.now)
    }

    @Test func anABTestNeedsClicksAndOneLiveVersion() throws {
        var fraud = try servingWorld()
        #expect(throws: SandboxError.self) {
            try fraud.startABTest("fraud@v2", share: 50, baseline: 0.1, minimumEffect: 0.01, alpha: 0.05, power: 0.8)
        }
        #expect(fraud.serving.route == .single(1))
    }
}
