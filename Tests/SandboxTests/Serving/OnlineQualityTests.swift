import Modeling
import Testing
@testable import Sandbox

/// Online AUC on the labels that have arrived: frauds are confirmed by chargebacks within days,
/// legitimate payments only after 60 days, and a backlog that arrives at once must not leave one
/// class behind when the kept labels are trimmed.
@Suite struct OnlineQualityTests {
    @Test func aLongBacklogOfLabelsKeepsBothClassesAndMatchesTheOfflineAUC() throws {
        var world = try servingWorld()
        _ = try world.serveTraffic(minutes: 20 * 60, requestsPerSecond: 2)
        #expect(world.monitoring.labelled[1, default: []].contains { $0.label == 0 } == false)
        try world.advance(seconds: 60 * 86_400)
        _ = try world.serveTraffic(minutes: 60, requestsPerSecond: 1)
        let kept = world.monitoring.labelled[1, default: []]
        #expect(kept.count == ServingMonitor.maximumLabelled)
        let frauds = kept.filter { $0.label == 1 }.count
        #expect(frauds > 50 && frauds < kept.count / 20, "\(frauds) frauds among \(kept.count) kept labels")
        // The kept labels are the requests served last, whatever order their labels arrived in.
        let served = kept.map(\.served)
        let newest = served.max() ?? 0
        #expect(served.min() ?? 0 > newest - 12 * 3_600)
        let auc = try #require(try world.monitoring.metrics.value(MetricSelector("online_auc", ["version": "v1"]), at: world.now))
        let offline = try rocAUC(labels: kept.map(\.label), scores: kept.map(\.score))
        #expect(auc == offline)
        #expect(auc > 0.75 && auc < 0.99)
    }
}
