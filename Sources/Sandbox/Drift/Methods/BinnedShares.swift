import Stats

/// Reference and current shares per bin or category, as Evidently 0.7's `get_binned_data`.
///
/// Source: `legacy/calculations/stattests/utils.py::get_binned_data`: a numeric column with more
/// than 20 distinct *reference* values gets `np.histogram_bin_edges(ref ∪ cur, bins="sturges")`
/// and each side's counts over its own length; anything else gets shares per value over the union
/// of values. The `n_bins` argument is ignored there, so it does not exist here.
struct BinnedShares: Sendable {
    /// Each bin's or category's share of the reference sample.
    let reference: [Double]
    /// Each bin's or category's share of the current sample.
    let current: [Double]

    /// Above this many distinct reference values a numeric column is binned by histogram.
    static let histogramDistinctLimit = 20

    /// Shares for a numeric column from the sorted, clean samples.
    init(numericReference: PreparedNumbers, sortedCurrent: [Double]) throws(StatsError) {
        if numericReference.distinctCount > Self.histogramDistinctLimit {
            let edges = try histogramBinEdges(
                sortedValues: mergedSorted(numericReference.sorted, sortedCurrent), rule: .sturges)
            self.init(
                reference: histogramShares(sortedValues: numericReference.sorted, edges: edges),
                current: histogramShares(sortedValues: sortedCurrent, edges: edges))
        } else {
            self.init(CategoryShares(sortedReference: numericReference.sorted, sortedCurrent: sortedCurrent))
        }
    }

    /// Shares per category over the union.
    init<Category>(_ categories: CategoryShares<Category>) {
        self.init(reference: categories.referenceShares, current: categories.currentShares)
    }

    private init(reference: [Double], current: [Double]) {
        self.reference = reference
        self.current = current
    }
}
