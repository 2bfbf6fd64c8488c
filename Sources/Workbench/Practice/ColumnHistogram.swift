import Modeling

/// A small histogram of one column for `data show`: eight equal-width bins for numbers and
/// times, the six most frequent values for categories and booleans.
enum ColumnHistogram {
    static let binCount = 8
    static let categoryCount = 6

    static func chart(_ column: Column) -> BarChart {
        switch column.values {
        case .numeric(let values):
            return numeric(column.name, values.filter { !$0.isNaN }, label: Shown.number)
        case .timestamp(let times):
            return numeric(column.name, times.compactMap { $0.map(Double.init) }) { Shown.time(Int64($0)) }
        case .categorical(let codes, let categories):
            var counts = [Int](repeating: 0, count: categories.count)
            for code in codes where code >= 0 { counts[Int(code)] += 1 }
            return categorical(column.name, Array(zip(categories, counts)), total: codes.count)
        case .boolean(let flags):
            let trues = flags.filter { $0 == true }.count
            let falses = flags.filter { $0 == false }.count
            return categorical(column.name, [("false", falses), ("true", trues)], total: flags.count)
        }
    }

    private static func numeric(_ name: String, _ values: [Double], label: (Double) -> String) -> BarChart {
        guard let low = values.min(), let high = values.max() else { return BarChart(title: "\(name): no values", bars: []) }
        guard high > low else {
            return BarChart(title: name, bars: [BarChart.Bar(label(low), Double(values.count), note: String(values.count))])
        }
        let width = (high - low) / Double(binCount)
        var counts = [Int](repeating: 0, count: binCount)
        for value in values {
            counts[min(binCount - 1, Int((value - low) / width))] += 1
        }
        let bars = counts.enumerated().map { index, count in
            BarChart.Bar(label(low + Double(index) * width), Double(count), note: String(count))
        }
        return BarChart(title: "\(name) (bins from)", bars: bars)
    }

    private static func categorical(_ name: String, _ counts: [(String, Int)], total: Int) -> BarChart {
        let ranked = counts.filter { $0.1 > 0 }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        var bars = ranked.prefix(categoryCount).map { BarChart.Bar($0.0, Double($0.1), note: String($0.1)) }
        let rest = ranked.dropFirst(categoryCount).reduce(0) { $0 + $1.1 }
        if rest > 0 { bars.append(BarChart.Bar("(\(ranked.count - categoryCount) more)", Double(rest), note: String(rest))) }
        let missing = total - counts.reduce(0) { $0 + $1.1 }
        if missing > 0 { bars.append(BarChart.Bar("(missing)", Double(missing), note: String(missing))) }
        return BarChart(title: name, bars: bars)
    }
}
