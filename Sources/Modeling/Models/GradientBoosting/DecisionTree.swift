/// One regression tree of a boosted ensemble, stored as flat node arrays (node 0 is the root).
///
/// A row goes left at node k when its value of `feature[k]` is ≤ `threshold[k]`; a missing value
/// (NaN) goes left when `missingGoesLeft[k]` is true and right otherwise. A node whose threshold is
/// +∞ separates missing values (right) from all others (left). `value[k]` is every node's own output
/// (already multiplied by the learning rate): at a leaf it is what the tree adds to the raw score;
/// at inner nodes it is what the node would add were it a leaf, which path contributions (Saabas)
/// need.
public struct DecisionTree: Sendable, Equatable {
    /// The feature each inner node tests; −1 at leaves.
    public let feature: [Int]
    /// The threshold each inner node compares with (value ≤ threshold goes left); 0 at leaves.
    public let threshold: [Double]
    /// The left child of each inner node; −1 at leaves.
    public let left: [Int]
    /// The right child of each inner node; −1 at leaves.
    public let right: [Int]
    /// Each node's output, learning rate applied.
    public let value: [Double]
    /// Whether a missing value goes to the left child at each node; true at leaves.
    public let missingGoesLeft: [Bool]

    /// Creates a tree from node arrays of equal length, checking that children point forward.
    ///
    /// Without `missingGoesLeft`, missing values go left at every node (trees saved before the
    /// direction was learned read back this way).
    public init(
        feature: [Int], threshold: [Double], left: [Int], right: [Int], value: [Double], missingGoesLeft: [Bool]? = nil
    ) throws(ModelingError) {
        let count = feature.count
        let missing = missingGoesLeft ?? [Bool](repeating: true, count: count)
        guard count > 0, threshold.count == count, left.count == count, right.count == count, value.count == count,
            missing.count == count
        else {
            throw ModelingError(.malformedDocument, "a tree's node arrays must be non-empty and of equal length")
        }
        for node in 0..<count where left[node] >= 0 || right[node] >= 0 {
            guard left[node] > node, right[node] > node, left[node] < count, right[node] < count, feature[node] >= 0 else {
                throw ModelingError(.malformedDocument, "tree node \(node) has invalid children \(left[node]), \(right[node])")
            }
        }
        self.feature = feature
        self.threshold = threshold
        self.left = left
        self.right = right
        self.value = value
        self.missingGoesLeft = missing
    }

    /// The child of inner node `node` that a row with value `x` of the node's feature goes to.
    @inline(__always)
    func child(of node: Int, for x: Double) -> Int {
        if x.isNaN { return missingGoesLeft[node] ? left[node] : right[node] }
        return x <= threshold[node] ? left[node] : right[node]
    }

    /// The leaf a row reaches, reading its features from `row[start..<start + width]`.
    @inline(__always)
    func leaf(_ row: UnsafeBufferPointer<Double>, start: Int) -> Int {
        var node = 0
        while left[node] >= 0 {
            node = child(of: node, for: row[start + feature[node]])
        }
        return node
    }
}
