import Modeling
import Testing

@testable import Sandbox

/// The rows each scenario draws for a seed are part of the program's contract: lab texts quote
/// numbers from them and an instructor's replay must reproduce a learner's attempt. A change to a
/// generator that moves any value fails here (update the digests only for a deliberate change,
/// and re-check the labs' texts with it).
@Suite struct GeneratorStabilityTests {
    /// 2024-01-01T10:00:00Z.
    private let start: Int64 = 1_704_067_200 + 10 * 3_600

    @Test func fraudRowsAreStable() throws {
        let rows = try FraudScenario().generate(days: 2, startTime: start, seed: 7)
        #expect(rows.rowCount == Self.expected["fraud"]?.rows)
        #expect(rows.contentHash == Self.expected["fraud"]?.digest)
    }

    /// Traffic's scale: millions of cards, about 100,000 requests an hour.
    @Test func fraudRowsAtTrafficScaleAreStable() throws {
        var scenario = FraudScenario()
        scenario.meanTransactionsPerDay = 2_000_000
        scenario.cardCount = 1_200_000
        let rows = try scenario.generate(hours: 2, startTime: start, seed: 11)
        #expect(rows.rowCount == Self.expected["fraud-traffic"]?.rows)
        #expect(rows.contentHash == Self.expected["fraud-traffic"]?.digest)
    }

    @Test func recommendationRowsAreStable() throws {
        let rows = try RecommendationScenario().generate(days: 1, startTime: start, seed: 7)
        #expect(rows.rowCount == Self.expected["recsys"]?.rows)
        #expect(rows.contentHash == Self.expected["recsys"]?.digest)
    }

    @Test func demandRowsAreStable() throws {
        let rows = try DemandScenario().generate(days: 60, startTime: start, seed: 7)
        #expect(rows.rowCount == Self.expected["demand"]?.rows)
        #expect(rows.contentHash == Self.expected["demand"]?.digest)
    }

    private static let expected: [String: (rows: Int, digest: String)] = [
        "fraud": (9_107, "5c218865555bfc238d41a3979dad9e2d169c0dcfcfecd46d1b31f1f436b8126e"),
        "fraud-traffic": (216_366, "a839138fbfae1dac27c5670b2fc80fcffafe3e364182e201dc378bf32f31302d"),
        "recsys": (17_390, "c2c7e1fe34aeb75909b0a0c43e55bf6209906b75735e8622ee1433a31fc769b3"),
        "demand": (240, "9db7e879e41d05312cef5f8ce6c1c56fb2790a7fb40649aeb1f880467a0f7fe8"),
    ]
}
