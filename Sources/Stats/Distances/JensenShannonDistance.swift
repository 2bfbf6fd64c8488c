import Glibc

/// The Jensen–Shannon distance (square root of the divergence, natural log) between two weight vectors.
///
/// Source: scipy.spatial.distance.jensenshannon(p, q) with base=None: p and q are normalised to
/// sum 1, m = (p + q)/2, JS = √((KL(p‖m) + KL(q‖m))/2) with 0·ln 0 = 0. Zero entries are not
/// filled (Evidently's `jensenshannon` passes feel_zeroes=False). A divergence that rounding makes
/// slightly negative gives 0 here where scipy gives NaN.
/// - Throws: `StatsError` for empty or unequal-length vectors, negative or non-finite entries, or a zero total.
public func jensenShannonDistance(_ p: [Double], _ q: [Double]) throws(StatsError) -> Double {
    guard !p.isEmpty else { throw StatsError.empty("the first share vector") }
    guard p.count == q.count else { throw StatsError.lengths("p", p.count, "q", q.count) }
    let pTotal = try validatedTotal(p, label: "p")
    let qTotal = try validatedTotal(q, label: "q")
    var left = CompensatedAccumulator()
    var right = CompensatedAccumulator()
    for index in p.indices {
        let pShare = p[index] / pTotal
        let qShare = q[index] / qTotal
        let middle = (pShare + qShare) / 2.0
        left.add(relativeEntropyTerm(pShare, middle))
        right.add(relativeEntropyTerm(qShare, middle))
    }
    let divergence = left.total + right.total
    return (max(divergence, 0) / 2.0).squareRoot()
}

/// scipy.special.rel_entr(x, y): x·ln(x/y) for x, y > 0; 0 for x = 0, y ≥ 0; +∞ otherwise.
func relativeEntropyTerm(_ x: Double, _ y: Double) -> Double {
    if x > 0 && y > 0 { return x * log(x / y) }
    if x == 0 && y >= 0 { return 0 }
    return .infinity
}

/// The total of a weight vector whose entries must be finite and ≥ 0, with a positive total.
func validatedTotal(_ weights: [Double], label: String) throws(StatsError) -> Double {
    for weight in weights where !(weight.isFinite && weight >= 0) {
        throw StatsError.invalid("every entry of \(label)", weight, "finite and >= 0")
    }
    let total = compensatedSum(weights)
    guard total > 0 else {
        throw StatsError(.invalidParameter, "the entries of \(label) must not all be zero")
    }
    return total
}
