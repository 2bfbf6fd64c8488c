import Stats

/// Summary statistics of one column, as a data card or `describe` shows them.
public struct ColumnSummary: Sendable, Equatable {
    /// The column's name.
    public let name: String
    /// The column's type.
    public let type: ColumnType
    /// Non-missing values.
    public let count: Int
    /// Missing values.
    public let missing: Int
    /// Mean of the non-missing values (numeric, boolean as 0/1, timestamp in seconds); nil for categorical or none present.
    public let mean: Double?
    /// Sample standard deviation (n − 1, as pandas `describe`); nil when fewer than two values.
    public let standardDeviation: Double?
    /// Smallest non-missing value (ordered types only).
    public let minimum: Double?
    /// 25th, 50th and 75th percentiles (numpy 'linear'), then the maximum; empty for categorical.
    public let quantiles: [Double]
    /// The number of distinct non-missing values.
    public let distinctCount: Int
    /// Up to five most frequent categories with counts, most frequent first, ties by name (categorical and boolean).
    public let topCategories: [CategoryCount]
}

/// A category and how many rows have it.
public struct CategoryCount: Sendable, Equatable {
    /// The category's name.
    public let category: String
    /// Rows with that category.
    public let count: Int

    /// Creates a category count.
    public init(category: String, count: Int) {
        self.category = category
        self.count = count
    }
}

extension Dataset {
    /// Summary statistics for every column, in order.
    public func summary() -> [ColumnSummary] {
        columns.map(summarize)
    }
}

private let topCategoryLimit = 5

private func summarize(_ column: Column) -> ColumnSummary {
    switch column.values {
    case .numeric(let values):
        return numericSummary(column.name, .numeric, values.filter { !$0.isNaN }, total: values.count)
    case .timestamp(let values):
        return numericSummary(column.name, .timestamp, values.compactMap { $0.map(Double.init) }, total: values.count)
    case .boolean(let values):
        let present = values.compactMap { $0 }
        let trues = present.filter { $0 }.count
        let counts = [CategoryCount(category: "false", count: present.count - trues), CategoryCount(category: "true", count: trues)]
        let base = numericSummary(column.name, .boolean, present.map { $0 ? 1 : 0 }, total: values.count)
        return ColumnSummary(
            name: base.name, type: .boolean, count: base.count, missing: base.missing, mean: base.mean,
            standardDeviation: base.standardDeviation, minimum: base.minimum, quantiles: base.quantiles,
            distinctCount: base.distinctCount, topCategories: rankCategories(counts.filter { $0.count > 0 }))
    case .categorical(let codes, let categories):
        var counts = [Int](repeating: 0, count: categories.count)
        var missing = 0
        for code in codes {
            if code < 0 { missing += 1 } else { counts[Int(code)] += 1 }
        }
        let present = zip(categories, counts).filter { $0.1 > 0 }.map { CategoryCount(category: $0.0, count: $0.1) }
        return ColumnSummary(
            name: column.name, type: .categorical, count: codes.count - missing, missing: missing, mean: nil,
            standardDeviation: nil, minimum: nil, quantiles: [], distinctCount: present.count,
            topCategories: rankCategories(present))
    }
}

private func rankCategories(_ counts: [CategoryCount]) -> [CategoryCount] {
    let ranked = counts.sorted { a, b in
        a.count != b.count ? a.count > b.count : utf8Ascending(a.category, b.category)
    }
    return Array(ranked.prefix(topCategoryLimit))
}

private func numericSummary(_ name: String, _ type: ColumnType, _ present: [Double], total: Int) -> ColumnSummary {
    let sorted = radixSorted(present)
    let quantiles = [0.25, 0.5, 0.75, 1.0].compactMap { try? quantile(sortedValues: sorted, probability: $0) }
    return ColumnSummary(
        name: name, type: type, count: present.count, missing: total - present.count,
        mean: try? mean(present), standardDeviation: try? standardDeviation(present, kind: .sample),
        minimum: sorted.first, quantiles: quantiles, distinctCount: distinctCount(sortedValues: sorted),
        topCategories: [])
}
