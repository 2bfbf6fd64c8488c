#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import Stats

extension RecommendationScenario {
    /// The hidden users and items that `generate(days:startTime:seed:)` uses for `seed` (for
    /// `worldSeed` when one is set).
    ///
    /// It depends only on the seed and the world parameters (counts, dimensions, categories,
    /// segments, spreads), not on the run length or the click model.
    public func world(seed: UInt64) throws(GeneratorError) -> RecommendationWorld {
        try validate()
        return buildWorld(root: SeededGenerator(seed: worldSeed ?? seed, stream: Self.streamName))
    }

    func buildWorld(root: SeededGenerator) -> RecommendationWorld {
        let world = root.split("world")
        let dimensions = latentDimensions
        var centroidStream = world.split("categories")
        var centroids = [Double](repeating: 0, count: categoryNames.count * dimensions)
        for index in centroids.indices { centroids[index] = NormalDistribution.standardSample(using: &centroidStream) }

        var itemStream = world.split("items")
        var itemVectors = [Double](repeating: 0, count: itemCount * dimensions)
        var itemCategories = [Int](repeating: 0, count: itemCount)
        var itemPopularity = [Double](repeating: 0, count: itemCount)
        for item in 0..<itemCount {
            let category = Int(itemStream.next() % UInt64(categoryNames.count))
            itemCategories[item] = category
            for dimension in 0..<dimensions {
                itemVectors[item * dimensions + dimension] = centroids[category * dimensions + dimension]
                    + itemSpread * NormalDistribution.standardSample(using: &itemStream)
            }
            itemPopularity[item] = exp(popularityLogSpread * NormalDistribution.standardSample(using: &itemStream))
        }

        var userStream = world.split("users")
        // Validation guarantees valid shares.
        let segmentSampler = try? CategoricalSampler(weights: segments.map(\.share))
        var userVectors = [Double](repeating: 0, count: userCount * dimensions)
        var userSegments = [Int](repeating: 0, count: userCount)
        for user in 0..<userCount {
            userSegments[user] = segmentSampler?.sample(using: &userStream) ?? 0
            let favourite = Int(userStream.next() % UInt64(categoryNames.count))
            for dimension in 0..<dimensions {
                userVectors[user * dimensions + dimension] = userFocus * centroids[favourite * dimensions + dimension]
                    + NormalDistribution.standardSample(using: &userStream)
            }
        }
        normaliseRows(&itemVectors, dimensions: dimensions)
        normaliseRows(&userVectors, dimensions: dimensions)
        return RecommendationWorld(
            dimensions: dimensions, userVectors: userVectors, itemVectors: itemVectors, userSegments: userSegments,
            itemCategories: itemCategories, itemPopularity: itemPopularity)
    }
}

/// Scales every row of a row-major matrix to unit length (an all-zero row stays zero).
private func normaliseRows(_ matrix: inout [Double], dimensions: Int) {
    let rows = matrix.count / dimensions
    for row in 0..<rows {
        var squares = 0.0
        for dimension in 0..<dimensions { squares += matrix[row * dimensions + dimension] * matrix[row * dimensions + dimension] }
        guard squares > 0 else { continue }
        let scale = 1 / squares.squareRoot()
        for dimension in 0..<dimensions { matrix[row * dimensions + dimension] *= scale }
    }
}
