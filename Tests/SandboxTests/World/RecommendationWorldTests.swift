import Modeling
import Testing
@testable import Sandbox

/// A sandbox has one population of users and items: every recommendation dataset it generates and
/// every hour of its live traffic show the same items in the same categories to the same users.
@Suite struct RecommendationWorldTests {
    /// item_id → item_category and user_id → user_segment in `dataset`.
    private func identities(_ dataset: Dataset) throws -> (items: [Int: String], users: [Int: String]) {
        func numbers(_ name: String) throws -> [Double] { try dataset.column(named: name).values.numbers }
        func labels(_ name: String) throws -> [String] {
            guard case .categorical(let codes, let categories) = try dataset.column(named: name).values else { return [] }
            return codes.map { $0 >= 0 ? categories[Int($0)] : "" }
        }
        let (items, categories) = (try numbers("item_id"), try labels("item_category"))
        let (users, segments) = (try numbers("user_id"), try labels("user_segment"))
        var result: (items: [Int: String], users: [Int: String]) = ([:], [:])
        for row in items.indices {
            result.items[Int(items[row])] = categories[row]
            result.users[Int(users[row])] = segments[row]
        }
        return result
    }

    @Test func datasetsAndTrafficShareTheUsersAndItems() throws {
        var world = World(seed: 3)
        try world.advance(seconds: 5 * 86_400)
        let first = try identities(world.generated(.recsys, days: 1, streamName: "data/a/1"))
        let second = try identities(world.generated(.recsys, days: 2, streamName: "data/b/1"))
        world.serving.scenario = .recsys
        let traffic = try identities(world.trafficBatch(start: world.now, hours: 2, rps: 5))
        for other in [second, traffic] {
            let sharedItems = Set(first.items.keys).intersection(other.items.keys)
            let sharedUsers = Set(first.users.keys).intersection(other.users.keys)
            #expect(sharedItems.count > 100 && sharedUsers.count > 100)
            #expect(sharedItems.allSatisfy { first.items[$0] == other.items[$0] })
            #expect(sharedUsers.allSatisfy { first.users[$0] == other.users[$0] })
        }
        // Another sandbox has other users and items.
        let elsewhere = try identities(World(seed: 4).generated(.recsys, days: 1, streamName: "data/a/1"))
        let shared = Set(first.items.keys).intersection(elsewhere.items.keys)
        #expect(shared.contains { first.items[$0] != elsewhere.items[$0] })
    }
}
