/// How a shadow version's answers compare with the live version's on the same mirrored requests.
public struct ShadowComparison: Sendable, Equatable {
    /// The decision threshold used to say whether two scores agree.
    public static let threshold = 0.5
    /// Upper edges of the |score difference| buckets.
    public static let edges: [Double] = [0.001, 0.01, 0.05, 0.1, 0.2, 0.5, 1]

    /// The shadow version compared.
    public var version: Int
    /// Mirrored requests compared.
    public var count = 0
    /// Of those, how many got the same decision at the threshold.
    public var agreements = 0
    /// Sum of |shadow − live|.
    public var absoluteDifferenceSum = 0.0
    /// Sum of shadow − live (positive: the shadow scores higher).
    public var differenceSum = 0.0
    /// Requests per |difference| bucket (`edges`).
    public var buckets = [Int](repeating: 0, count: ShadowComparison.edges.count)

    /// Starts a comparison for `version`.
    public init(version: Int) {
        self.version = version
    }

    mutating func add(live: Double, shadow: Double) {
        count += 1
        if (live >= Self.threshold) == (shadow >= Self.threshold) { agreements += 1 }
        let difference = shadow - live
        differenceSum += difference
        absoluteDifferenceSum += abs(difference)
        let index = Self.edges.firstIndex { abs(difference) <= $0 } ?? Self.edges.count - 1
        buckets[index] += 1
    }

    /// The share of mirrored requests with the same decision.
    public var agreement: Double { count == 0 ? .nan : Double(agreements) / Double(count) }
}
