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
        guard weights.count <= Int(Int32.max) else {
            throw StatsError(.invalidParameter, "at most \(Int32.max) categories, not \(weights.count)")
        }
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
        // Each column starts with its scaled probability in `acceptance`; a column taken from the
        // small stack keeps that value and gets its alias, the large one gives up what it lent.
        var table = probabilities.enumerated().map { Column(acceptance: $0.element * Double(count), alias: $0.offset) }
        var small: [Int32] = []
        var large: [Int32] = []
        small.reserveCapacity(count)
        large.reserveCapacity(count)
        for index in 0..<count {
            if table[index].acceptance < 1 { small.append(Int32(index)) } else { large.append(Int32(index)) }
        }
        while let lower = small.last.map(Int.init), let upper = large.last.map(Int.init) {
            small.removeLast()
            large.removeLast()
            table[lower].alias = upper
            table[upper].acceptance = (table[upper].acceptance + table[lower].acceptance) - 1
            if table[upper].acceptance < 1 { small.append(Int32(upper)) } else { large.append(Int32(upper)) }
        }
        // Whatever is left is 1 up to rounding: acceptance 1, so its alias is never used.
        for index in small { table[Int(index)].acceptance = 1 }
        for index in large { table[Int(index)].acceptance = 1 }
        self.table = table
    }

    /// The number of categories.
    public var count: Int { probabilities.count }

    /// Draws one category index, consuming two uniforms.
    public func sample(using generator: inout SeededGenerator) -> Int {
        resolve(Draw(categories: table.count, using: &generator))
    }

    /// The category a draw made earlier picks: `sample(using:)` in two steps.
    ///
    /// With millions of categories a draw's column is a cache miss. Drawing every uniform first
    /// and resolving the draws afterwards in a tight loop lets the processor have many of those
    /// misses in flight at once, and lets the table be built while the uniforms are drawn.
    @inline(__always)
    public func resolve(_ draw: Draw) -> Int {
        let column = table[Int(draw.column)]
        return draw.uniform < column.acceptance ? Int(draw.column) : column.alias
    }

    /// The two uniforms of one draw over `categories` categories, before the table is read.
    public struct Draw: Sendable, Equatable {
        /// The column the first uniform chose.
        public let column: Int32
        /// The second uniform, compared with the column's acceptance.
        public let uniform: Double

        /// Consumes the same two uniforms `sample(using:)` does; `categories` is the sampler's `count`.
        @inline(__always)
        public init(categories: Int, using generator: inout SeededGenerator) {
            column = Int32(min(Int(generator.nextUniform() * Double(categories)), categories - 1))
            uniform = generator.nextUniform()
        }
    }
}
