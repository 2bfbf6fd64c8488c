import Modeling
import Stats

extension RecommendationScenario {
    /// Generates `days` of impressions from `startTime` (seconds since the epoch), deterministically in `seed`.
    ///
    /// Rows come slate by slate in time order, positions 1...slateSize within a slate. Throws
    /// `invalidParameter` for a bad parameter and `capExceeded` when the run would pass
    /// `ScenarioLimits.maximumRowCount` rows.
    public func generate(days: Int, startTime: Int64, seed: UInt64) throws(GeneratorError) -> Dataset {
        try generate(hours: days * 24, startTime: startTime, seed: seed)
    }

    /// Generates `hours` whole hours from `startTime`: the same rows `generate(days:)` gives for
    /// `hours = 24·days`. Live traffic draws only the hours it serves.
    public func generate(hours: Int, startTime: Int64, seed: UInt64) throws(GeneratorError) -> Dataset {
        try validate()
        let check = ParameterCheck(scenario: Self.name)
        try check.run(hours: hours, startTime: startTime)
        try check.expectedRowCap(requestsPerDay * Double(hours) / 24 * Double(slateSize))

        let root = SeededGenerator(seed: seed, stream: Self.streamName)
        let world = buildWorld(root: worldSeed.map { SeededGenerator(seed: $0, stream: Self.streamName) } ?? root)
        var timeline = root.split("timeline")
        let requestTimes = try EventTimeline.generate(
            hours: hours, startTime: startTime, meanPerDay: requestsPerDay, profile: seasonality,
            rowsPerEvent: slateSize, check: check, using: &timeline)
        var impressionStream = root.split("impressions")
        let impressions = try drawImpressions(requestCount: requestTimes.count, world: world, using: &impressionStream)
        var clickStream = root.split("clicks")
        let clicked = drawClicks(impressions, world: world, using: &clickStream)
        return try assembleDataset(
            columns(impressions, requestTimes: requestTimes, world: world, clicked: clicked), scenario: Self.name)
    }

    private func drawImpressions(
        requestCount: Int, world: RecommendationWorld, using generator: inout SeededGenerator
    ) throws(GeneratorError) -> (users: [Int32], items: [Int32]) {
        let rows = requestCount * slateSize
        var users = [Int32](repeating: 0, count: rows)
        var items = [Int32](repeating: 0, count: rows)
        let userSampler: CategoricalSampler
        let itemSampler: CategoricalSampler
        do {
            let perUserActivity = try GammaDistribution(shape: 2, scale: 0.5)
            var activityStream = generator.split("activity")
            var weights = [Double](repeating: 0, count: userCount)
            for user in 0..<userCount {
                weights[user] = segments[world.userSegments[user]].activity
                    * max(perUserActivity.sample(using: &activityStream), 1e-12)
            }
            userSampler = try CategoricalSampler(weights: weights)
            itemSampler = try CategoricalSampler(weights: world.itemPopularity)
        } catch {
            throw GeneratorError(.invalidParameter, "\(Self.name): sampling weights: \(error.message)")
        }
        // `lastShown[item] == request + 1` marks an item already in the current slate.
        var lastShown = [Int](repeating: 0, count: itemCount)
        for request in 0..<requestCount {
            let user = Int32(userSampler.sample(using: &generator))
            let base = request * slateSize
            for slot in 0..<slateSize {
                var item = itemSampler.sample(using: &generator)
                var attempts = 1
                while lastShown[item] == request + 1 {
                    if attempts == Self.slateRedrawLimit {
                        // Very skewed popularity: take the next item not yet shown, so a slate always fills.
                        repeat { item = (item + 1) % itemCount } while lastShown[item] == request + 1
                        break
                    }
                    item = itemSampler.sample(using: &generator)
                    attempts += 1
                }
                lastShown[item] = request + 1
                users[base + slot] = user
                items[base + slot] = Int32(item)
            }
        }
        return (users, items)
    }

    private func drawClicks(
        _ impressions: (users: [Int32], items: [Int32]), world: RecommendationWorld,
        using generator: inout SeededGenerator
    ) -> [Bool?] {
        let segmentTerms = segments.map(\.clickLogOdds)
        var clicked = [Bool?](repeating: false, count: impressions.users.count)
        for row in 0..<impressions.users.count {
            let user = Int(impressions.users[row])
            let item = Int(impressions.items[row])
            let logOdds = clickModel.logOdds(
                segmentTerm: segmentTerms[world.userSegments[user]], affinity: world.affinity(user: user, item: item),
                popularity: world.itemPopularity[item], position: row % slateSize + 1)
            clicked[row] = generator.nextUniform() < logistic(logOdds)
        }
        return clicked
    }
}
