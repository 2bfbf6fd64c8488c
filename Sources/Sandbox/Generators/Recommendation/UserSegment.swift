/// A group of users that differ in how often they browse and how readily they click.
public struct UserSegment: Sendable, Equatable {
    /// The label written to `user_segment`.
    public var name: String
    /// Relative share of users in this segment.
    public var share: Double
    /// Relative browsing activity of each user in the segment (requests per user).
    public var activity: Double
    /// Log-odds added to every click of this segment's users (part of the hidden click model).
    public var clickLogOdds: Double

    /// Creates a segment.
    public init(name: String, share: Double, activity: Double, clickLogOdds: Double) {
        self.name = name
        self.share = share
        self.activity = activity
        self.clickLogOdds = clickLogOdds
    }

    /// casual (half the users), new (less active, click less), power (most active, click more).
    public static let defaults: [UserSegment] = [
        UserSegment(name: "casual", share: 0.5, activity: 1, clickLogOdds: 0),
        UserSegment(name: "new", share: 0.3, activity: 0.5, clickLogOdds: -0.3),
        UserSegment(name: "power", share: 0.2, activity: 3, clickLogOdds: 0.4),
    ]

    func validate(_ check: ParameterCheck, index: Int) throws(GeneratorError) {
        try check.nonNegative("segments[\(index)].share", share)
        try check.positive("segments[\(index)].activity", activity)
        try check.finite("segments[\(index)].clickLogOdds", clickLogOdds)
    }
}
