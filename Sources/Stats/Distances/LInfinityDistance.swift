/// The L∞ (Chebyshev) distance max |pᵢ − qᵢ| between two share vectors over the same categories.
///
/// Source: the sup-norm; for category shares it is the largest change in any single category.
/// - Throws: `StatsError` for empty or unequal-length vectors.
public func lInfinityDistance(_ p: [Double], _ q: [Double]) throws(StatsError) -> Double {
    guard !p.isEmpty else { throw StatsError.empty("the first share vector") }
    guard p.count == q.count else { throw StatsError.lengths("p", p.count, "q", q.count) }
    var largest = 0.0
    for index in p.indices {
        let gap = abs(p[index] - q[index])
        if gap > largest || gap.isNaN { largest = gap }
    }
    return largest
}
