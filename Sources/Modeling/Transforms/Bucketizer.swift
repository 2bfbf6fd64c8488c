import Stats

/// Cuts a numeric feature into buckets at training quantiles and one-hot encodes the bucket.
///
/// With k buckets the inner edges are the training quantiles at 1/k, …, (k−1)/k (numpy 'linear'),
/// duplicates removed. A value v falls in the first bucket whose upper edge is ≥ v (bucket i covers
/// (edge[i−1], edge[i]]); missing becomes all zeros.
public struct Bucketizer: Sendable, Equatable {
    /// Ascending inner edges; there are `edges.count + 1` buckets.
    public let edges: [Double]

    /// Creates a bucketiser with known ascending edges.
    public init(edges: [Double]) throws(ModelingError) {
        guard zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }), edges.allSatisfy(\.isFinite) else {
            throw ModelingError(.invalidParameter, "bucket edges must be finite and strictly ascending, got \(edges)")
        }
        self.edges = edges
    }

    /// Fits `bucketCount` quantile buckets on the non-missing training values of column `name`.
    public static func fit(_ values: [Double], bucketCount: Int, column name: String) throws(ModelingError) -> Bucketizer {
        guard bucketCount >= 2 else {
            throw ModelingError(.invalidParameter, "column '\(name)': bucket count must be at least 2, got \(bucketCount)")
        }
        let sorted = radixSorted(values.filter { !$0.isNaN })
        guard !sorted.isEmpty else {
            throw ModelingError(.invalidData, "column '\(name)' has no non-missing training values to bucketise")
        }
        var edges: [Double] = []
        for index in 1..<bucketCount {
            guard let edge = try? quantile(sortedValues: sorted, probability: Double(index) / Double(bucketCount)) else { continue }
            if edge.isFinite, edges.last.map({ edge > $0 }) ?? true { edges.append(edge) }
        }
        return try Bucketizer(edges: edges)
    }

    /// The number of buckets (output columns).
    public var bucketCount: Int { edges.count + 1 }

    /// The bucket of `value`, or nil when it is missing.
    public func bucket(of value: Double) -> Int? {
        guard !value.isNaN else { return nil }
        var low = 0
        var high = edges.count
        while low < high {
            let middle = (low + high) / 2
            if edges[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
