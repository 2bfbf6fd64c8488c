/// Draws category indices with given weights in O(1) per draw using an alias table built once.
///
/// Source: Vose, "A linear algorithm for generating random numbers with a given distribution",
/// IEEE TSE 17 (1991), as described by Devroye (1986, III.4).
public struct CategoricalSampler: Sendable, Equatable {
    /// The normalised probability of each category.
    public let probabilities: [Double]
    /// Each column's acceptance probability and alias side by side, so a draw touches one place
    /// in memory: with millions of categories (cards) that is one cache miss instead of two.
    private let table: [Column]

    private struct Column: Sendable, Equatable {
        var acceptance: Double
        var alias: Int
    }

    /// Builds the table; weights must be finite, ≥ 0 and not all zero.
    public init(weights: [Double]) throws(StatsError) {
        guard !weights.isEmpty else { throw StatsError.empty("categorical weights") }
        var total = 0.0
        for weight in weights {
            guard weight.isFinite, weight >= 0 else {
                throw StatsError.invalid("categorical weight", weight, "finite and >= 0")
            }
            total += weight
        }
        guard total > 0 else {
            throw StatsError(.invalidParameter, "categorical weights must not all be zero")
        }
        let count = weights.count
        probabilities = weights.map { $0 / total }
        var scaled = probabilities.map { $0 * Double(count) }
        var acceptance = [Double](repeating: 1, count: count)
        var alias = Array(0..<count)
        var small: [Int] = []
        var large: [Int] = []
        for index in 0..<count {
            if scaled[index] < 1 { small.append(index) } else { large.append(index) }
        }
        while !small.isEmpty, !large.isEmpty {
            let lower = small.removeLast()
            let upper = large.removeLast()
            acceptance[lower] = scaled[lower]
            alias[lower] = upper
            scaled[upper] = (scaled[upper] + scaled[lower]) - 1
            if scaled[upper] < 1 { small.append(upper) } else { large.append(upper) }
        }
        // Whatever is left is 1 up to rounding and keeps acceptance 1 (never uses its alias).
        var table: [Column] = []
        table.reserveCapacity(count)
        for index in 0..<count { table.append(Column(acceptance: acceptance[index], alias: alias[index])) }
        self.table = table
    }

    /// The number of categories.
    public var count: Int { probabilities.count }

    /// Draws one category index, consuming two uniforms.
    public func sample(using generator: inout SeededGenerator) -> Int {
        let index = min(Int(generator.nextUniform() * Double(table.count)), table.count - 1)
        let column = table[index]
        return generator.nextUniform() < column.acceptance ? index : column.alias
    }
}
