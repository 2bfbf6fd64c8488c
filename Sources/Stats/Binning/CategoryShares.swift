/// Counts and shares of each category over the union of two samples' categories, in ascending order.
///
/// Source: Evidently 0.7 `get_binned_data` (categorical branch): every category seen in either
/// sample, each side's share = its count / its own length. Categories are sorted here so the
/// vectors have a stable order; built in one merge pass over sorted samples, no hashing.
public struct CategoryShares<Category: Comparable & Sendable>: Sendable {
    /// The union of both samples' categories, ascending.
    public let categories: [Category]
    /// How often each category occurs in the reference sample.
    public let referenceCounts: [Int]
    /// How often each category occurs in the current sample.
    public let currentCounts: [Int]
    /// The reference sample's size.
    public let referenceTotal: Int
    /// The current sample's size.
    public let currentTotal: Int

    /// Builds the union and the counts from two ascending samples (drop NaN first for doubles).
    public init(sortedReference: [Category], sortedCurrent: [Category]) {
        var categories: [Category] = []
        var referenceCounts: [Int] = []
        var currentCounts: [Int] = []
        var i = 0
        var j = 0
        while i < sortedReference.count || j < sortedCurrent.count {
            let takeReference = j == sortedCurrent.count
                || (i < sortedReference.count && !(sortedCurrent[j] < sortedReference[i]))
            let category = takeReference ? sortedReference[i] : sortedCurrent[j]
            let referenceStart = i
            while i < sortedReference.count && sortedReference[i] == category { i += 1 }
            let currentStart = j
            while j < sortedCurrent.count && sortedCurrent[j] == category { j += 1 }
            if i == referenceStart && j == currentStart {
                // Only a value unequal to itself (NaN) matches nothing: skip it, it is not a category.
                if takeReference { i += 1 } else { j += 1 }
                continue
            }
            categories.append(category)
            referenceCounts.append(i - referenceStart)
            currentCounts.append(j - currentStart)
        }
        self.categories = categories
        self.referenceCounts = referenceCounts
        self.currentCounts = currentCounts
        referenceTotal = sortedReference.count
        currentTotal = sortedCurrent.count
    }

    /// Each category's count divided by the reference sample's size.
    public var referenceShares: [Double] {
        let total = Double(referenceTotal)
        return referenceCounts.map { Double($0) / total }
    }

    /// Each category's count divided by the current sample's size.
    public var currentShares: [Double] {
        let total = Double(currentTotal)
        return currentCounts.map { Double($0) / total }
    }
}
