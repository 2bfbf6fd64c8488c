/// Users browsing item slates, with clicks from a hidden model of latent affinity and position bias.
///
/// Each request shows one user a slate of `slateSize` distinct items, drawn in proportion to
/// popularity and shown in draw order (positions 1...slateSize), so position is independent of
/// affinity and logged clicks measure the click model without ranking feedback. The run draws
/// from the stream `scenario.recommendation` (children `world`, `timeline`, `impressions`,
/// `clicks`), so it never shifts another scenario's values.
public struct RecommendationScenario: Sendable, Equatable {
    /// The scenario's name in messages and commands.
    public static let name = "recommendation"
    /// The RNG stream this scenario draws from, under the run's seed.
    public static let streamName = "scenario.recommendation"
    /// The most users a run may simulate.
    public static let maximumUserCount = 200_000
    /// Redraws of an item already in the slate before the next unshown item is taken instead.
    static let slateRedrawLimit = 64
    /// The most items a run may simulate.
    public static let maximumItemCount = 100_000

    /// Column names, in the order the dataset holds them.
    public enum ColumnName {
        /// The request (one slate) the impression belongs to (id).
        public static let requestID = "request_id"
        /// The user, 0..<userCount (id).
        public static let userID = "user_id"
        /// The item, 0..<itemCount (id).
        public static let itemID = "item_id"
        /// When the slate was shown (timestamp).
        public static let timestamp = "timestamp"
        /// Slot in the slate, 1 at the top (feature).
        public static let position = "position"
        /// The item's category (feature).
        public static let itemCategory = "item_category"
        /// The user's segment (feature).
        public static let userSegment = "user_segment"
        /// The item's popularity score, median 1 (feature).
        public static let itemPopularity = "item_popularity"
        /// Whether the user clicked (target).
        public static let clicked = "clicked"
    }

    /// How many users exist.
    public var userCount: Int = 5_000
    /// How many items exist.
    public var itemCount: Int = 400
    /// Latent dimensions of user and item vectors.
    public var latentDimensions: Int = 8
    /// Item category names (unique).
    public var categoryNames: [String] = ["books", "electronics", "fashion", "games", "home", "music", "sports", "toys"]
    /// User segments (names unique).
    public var segments: [UserSegment] = UserSegment.defaults
    /// Noise around the category centroid in item vectors.
    public var itemSpread: Double = 0.5
    /// Weight of the favourite category's centroid in user vectors (noise has weight 1).
    public var userFocus: Double = 1.0
    /// The standard deviation of ln(item popularity).
    public var popularityLogSpread: Double = 1.0
    /// The mean number of requests (slates) per day, before seasonality.
    public var requestsPerDay: Double = 2_000
    /// Items per slate.
    public var slateSize: Int = 10
    /// When in the week and day users browse.
    public var seasonality: SeasonalProfile = .browsing
    /// The hidden click model.
    public var clickModel: RecommendationClickModel = .standard
    /// The seed of the hidden users and items; nil draws them from the run's seed. A sandbox fixes
    /// it, so its datasets and its live traffic show the same users the same items.
    public var worldSeed: UInt64?

    /// Creates the scenario with default parameters.
    public init() {}

    /// Throws the first parameter that is out of range, with a message naming it.
    public func validate() throws(GeneratorError) {
        let check = ParameterCheck(scenario: Self.name)
        try check.count("userCount", userCount, in: 1...Self.maximumUserCount)
        try check.count("latentDimensions", latentDimensions, in: 1...32)
        try check.count("slateSize", slateSize, in: 1...50)
        // Distinct items per slate by rejection needs room to spare.
        try check.count("itemCount", itemCount, in: (2 * slateSize)...Self.maximumItemCount)
        try check.count("categoryNames.count", categoryNames.count, in: 1...256)
        try check.uniqueNames("categoryNames", categoryNames)
        try check.count("segments.count", segments.count, in: 1...64)
        for (index, segment) in segments.enumerated() { try segment.validate(check, index: index) }
        try check.uniqueNames("segments", segments.map(\.name))
        try check.weights("segments.share", segments.map(\.share), count: segments.count)
        try check.nonNegative("itemSpread", itemSpread)
        try check.nonNegative("userFocus", userFocus)
        guard popularityLogSpread >= 0, popularityLogSpread <= 5 else {
            throw GeneratorError(
                .invalidParameter,
                GeneratorMessages.outOfRange(
                    scenario: Self.name, parameter: "popularityLogSpread", value: popularityLogSpread, rule: "in [0, 5]"))
        }
        try check.nonNegative("requestsPerDay", requestsPerDay)
        try seasonality.validate(check, name: "seasonality")
        try clickModel.validate(check)
    }
}
