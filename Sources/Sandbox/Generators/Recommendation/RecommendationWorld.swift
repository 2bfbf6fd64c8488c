/// The hidden users and items of a recommendation run: latent vectors, categories, popularity.
///
/// Each category has a centroid with standard normal coordinates. An item's vector is its
/// category's centroid plus `itemSpread`·N(0, 1) noise; a user's vector is `userFocus` times
/// the centroid of a favourite category plus N(0, 1) noise. Vectors are stored unit length, so
/// `affinity(user:item:)` is their cosine. Popularity is log-normal (median 1) and independent
/// of the vectors, which is why ranking by popularity alone does worse than by affinity.
public struct RecommendationWorld: Sendable, Equatable {
    /// Latent dimensions per vector.
    public let dimensions: Int
    /// User vectors, row-major: user u occupies `u·dimensions ..< (u+1)·dimensions`.
    public let userVectors: [Double]
    /// Item vectors, row-major like `userVectors`.
    public let itemVectors: [Double]
    /// Each user's index into `RecommendationScenario.segments`.
    public let userSegments: [Int]
    /// Each item's index into `RecommendationScenario.categoryNames`.
    public let itemCategories: [Int]
    /// Each item's popularity (log-normal, median 1); impressions are drawn in proportion to it.
    public let itemPopularity: [Double]

    /// The number of users.
    public var userCount: Int { userSegments.count }
    /// The number of items.
    public var itemCount: Int { itemCategories.count }

    /// Creates a world from its parts (the scenario builds it; tests and labs read it).
    public init(
        dimensions: Int, userVectors: [Double], itemVectors: [Double], userSegments: [Int],
        itemCategories: [Int], itemPopularity: [Double]
    ) {
        self.dimensions = dimensions
        self.userVectors = userVectors
        self.itemVectors = itemVectors
        self.userSegments = userSegments
        self.itemCategories = itemCategories
        self.itemPopularity = itemPopularity
    }

    /// The true latent affinity of `user` for `item`: the cosine of their vectors, in [−1, 1].
    @inline(__always)
    public func affinity(user: Int, item: Int) -> Double {
        var total = 0.0
        let userBase = user * dimensions
        let itemBase = item * dimensions
        for dimension in 0..<dimensions {
            total += userVectors[userBase + dimension] * itemVectors[itemBase + dimension]
        }
        return total
    }
}
