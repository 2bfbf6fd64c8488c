import Stats

/// Per-feature thresholds that map raw values to at most 255 histogram bins, learned from training data.
///
/// Source: scikit-learn's `_find_binning_thresholds` (1.9). With at most `maximumBins` distinct
/// values the thresholds are the midpoints (a + b) / 2 of consecutive distinct values; otherwise
/// they are the training percentiles at 100·i/maximumBins, i = 1…maximumBins − 1, by numpy's
/// 'averaged_inverted_cdf' method, duplicates removed. Thresholds are capped at 1e300 (scikit-learn's
/// `ALMOST_INF`) so that +∞ stays free for the split that separates missing values, and, unlike
/// scikit-learn, also held above −1e300 so that a saved model stays finite JSON. Unlike
/// scikit-learn, which bins on a random subsample once there are more than 200,000 rows, every row
/// is used. A value v goes to bin 1 + #{thresholds < v}; bin 0 holds missing values (NaN).
public struct FeatureBins: Sendable, Equatable {
    /// The most value bins per feature.
    public static let binLimit = 255
    /// The cap on thresholds, as scikit-learn's `ALMOST_INF`.
    static let thresholdCap = 1e300

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
                var middle = (low + high) / 2
                // Guards scikit-learn lacks, for values it would mis-bin: a sum that overflows, and
                // neighbouring doubles whose midpoint rounds up to the upper one.
                if !middle.isFinite { middle = low / 2 + high / 2 }
                if middle >= high { middle = low }
                return capped(middle)
            }
        }
        var cuts: [Double] = []
        for step in 1..<maximumBins {
            let cut = capped(averagedInvertedCDF(sorted, step: step, of: maximumBins))
            if cuts.last.map({ cut > $0 }) ?? true { cuts.append(cut) }
        }
        return cuts
    }

    /// `threshold` held within ±1e300; NaN (an average of two infinities) becomes the upper cap.
    private static func capped(_ threshold: Double) -> Double {
        threshold.isNaN ? thresholdCap : min(max(threshold, -thresholdCap), thresholdCap)
    }

    /// numpy's `percentile(sorted, 100·step/bins, method="averaged_inverted_cdf")`, with its arithmetic.
    ///
    /// Source: numpy 2.4 `_quantile` (Hyndman & Fan's method 2): the percentile is step·(100/bins)
    /// as `linspace` makes it, the virtual index n·p/100 − 1; a whole index averages its two
    /// neighbours as b − (b − a)·0.5 (numpy's `_lerp`), a fractional one takes the upper neighbour.
    private static func averagedInvertedCDF(_ sorted: [Double], step: Int, of bins: Int) -> Double {
        let count = sorted.count
        let percentile = Double(step) * (100.0 / Double(bins))
        let index = Double(count) * (percentile / 100) - 1
        if index >= Double(count - 1) { return sorted[count - 1] }
        if index < 0 { return sorted[0] }
        let below = index.rounded(.down)
        let lower = sorted[Int(below)]
        let upper = sorted[Int(below) + 1]
        return index - below == 0 ? upper - (upper - lower) * 0.5 : upper
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
