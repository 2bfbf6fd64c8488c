import Stats

/// Per-feature thresholds that map raw values to at most 255 histogram bins, learned from training data.
///
/// As scikit-learn's `_BinMapper` in spirit: with at most `maximumBins` distinct values the
/// thresholds are midpoints between consecutive distinct values; otherwise they are the training
/// quantiles at i/maximumBins (numpy 'linear'), duplicates removed. A value v goes to bin
/// 1 + #{thresholds < v}; bin 0 holds missing values (NaN), which therefore always go left.
public struct FeatureBins: Sendable, Equatable {
    /// The most value bins per feature.
    public static let binLimit = 255

    /// Ascending thresholds per feature.
    public let thresholds: [[Double]]

    /// Creates bins from known thresholds.
    public init(thresholds: [[Double]]) {
        self.thresholds = thresholds
    }

    /// Learns thresholds for every column of `features`.
    public static func fit(_ features: FeatureMatrix, maximumBins: Int) throws(ModelingError) -> FeatureBins {
        guard (2...binLimit).contains(maximumBins) else {
            throw ModelingError(.invalidParameter, "maximum bins must be in 2...\(binLimit), got \(maximumBins)")
        }
        var all: [[Double]] = []
        var column = [Double](repeating: 0, count: features.rowCount)
        for feature in 0..<features.columnCount {
            for row in 0..<features.rowCount { column[row] = features.values[row * features.columnCount + feature] }
            all.append(thresholdsFor(radixSorted(column.filter { !$0.isNaN }), maximumBins: maximumBins))
        }
        return FeatureBins(thresholds: all)
    }

    private static func thresholdsFor(_ sorted: [Double], maximumBins: Int) -> [Double] {
        var distinct: [Double] = []
        for value in sorted where distinct.last != value { distinct.append(value) }
        if distinct.count <= maximumBins {
            return zip(distinct, distinct.dropFirst()).map { low, high in
                let middle = low + (high - low) / 2
                return middle < high ? middle : low
            }
        }
        var cuts: [Double] = []
        for index in 1..<maximumBins {
            guard let cut = try? quantile(sortedValues: sorted, probability: Double(index) / Double(maximumBins)) else { continue }
            if cuts.last.map({ cut > $0 }) ?? true, cut < sorted[sorted.count - 1] { cuts.append(cut) }
        }
        return cuts
    }

    /// The number of bins feature `feature` uses, counting the missing bin 0.
    func binCount(_ feature: Int) -> Int { thresholds[feature].count + 2 }

    /// The bin of `value` for `feature`.
    @inline(__always)
    func bin(_ value: Double, feature: Int) -> UInt8 {
        if value.isNaN { return 0 }
        let cuts = thresholds[feature]
        var low = 0
        var high = cuts.count
        while low < high {
            let middle = (low + high) >> 1
            if cuts[middle] < value { low = middle + 1 } else { high = middle }
        }
        return UInt8(truncatingIfNeeded: low + 1)
    }

    /// Every value binned, stored column-major: `bins[feature * rowCount + row]`.
    func binColumns(_ features: FeatureMatrix) -> [UInt8] {
        let rows = features.rowCount
        var bins = [UInt8](repeating: 0, count: rows * features.columnCount)
        for feature in 0..<features.columnCount {
            for row in 0..<rows {
                bins[feature * rows + row] = bin(features.values[row * features.columnCount + feature], feature: feature)
            }
        }
        return bins
    }
}
