import Stats

/// A clean numeric reference with the summaries every comparison reuses.
struct PreparedNumbers: Sendable {
    /// Finite reference values, ascending.
    let sorted: [Double]
    /// How many missing values were dropped.
    let dropped: Int
    /// Distinct reference values (decides histogram vs per-value binning).
    let distinctCount: Int
    /// The population standard deviation (numpy `std`, ddof = 0), the Wasserstein norm.
    let standardDeviation: Double

    init(_ clean: CleanNumbers) {
        sorted = clean.sorted
        dropped = clean.dropped
        distinctCount = Stats.distinctCount(sortedValues: clean.sorted)
        standardDeviation = (try? Stats.standardDeviation(clean.sorted, kind: .population)) ?? .nan
    }
}
