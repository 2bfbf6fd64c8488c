import Modeling

/// Facts about a column's values that expectations and tests need, one pass each.
enum ColumnFacts {
    /// Non-missing values.
    static func presentCount(_ values: ColumnValues) -> Int {
        switch values {
        case .numeric(let numbers): numbers.reduce(0) { $0 + ($1.isNaN ? 0 : 1) }
        case .categorical(let codes, _): codes.reduce(0) { $0 + ($1 < 0 ? 0 : 1) }
        case .boolean(let flags): flags.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        case .timestamp(let seconds): seconds.reduce(0) { $0 + ($1 == nil ? 0 : 1) }
        }
    }

    /// The non-missing values as numbers (timestamps in seconds); nil for categorical and boolean columns.
    static func numbers(_ values: ColumnValues) -> [Double]? {
        switch values {
        case .numeric(let numbers): numbers.filter { !$0.isNaN }
        case .timestamp(let seconds): seconds.compactMap { $0.map(Double.init) }
        case .categorical, .boolean: nil
        }
    }

    /// Rows per category (boolean columns as "false" and "true"); nil for numeric and timestamp columns.
    static func categoryCounts(_ values: ColumnValues) -> [(label: String, count: Int)]? {
        switch values {
        case .categorical(let codes, let categories):
            var counts = [Int](repeating: 0, count: categories.count)
            for code in codes where code >= 0 { counts[Int(code)] += 1 }
            return zip(categories, counts).map { ($0.0, $0.1) }
        case .boolean(let flags):
            let trues = flags.reduce(0) { $0 + ($1 == true ? 1 : 0) }
            let falses = flags.reduce(0) { $0 + ($1 == false ? 1 : 0) }
            return [("false", falses), ("true", trues)]
        case .numeric, .timestamp:
            return nil
        }
    }

    /// How many non-missing values repeat an earlier one, and the first such value as text; nil when none repeats.
    static func firstRepeat(_ values: ColumnValues) -> (count: Int, example: String)? {
        switch values {
        case .numeric(let numbers):
            // Keyed by bit pattern with −0.0 folded into 0.0, so equal numbers are equal keys.
            return repeats(numbers.filter { !$0.isNaN }.map { $0 == 0 ? 0.0 : $0 }) { CheckText.exact($0) }
        case .categorical(let codes, let categories):
            return repeats(codes.filter { $0 >= 0 }) { categories[Int($0)] }
        case .boolean(let flags):
            return repeats(flags.compactMap { $0 }) { $0 ? "true" : "false" }
        case .timestamp(let seconds):
            return repeats(seconds.compactMap { $0 }) { String($0) }
        }
    }

    private static func repeats<Item: Hashable>(_ items: [Item], show: (Item) -> String) -> (count: Int, example: String)? {
        var seen = Set<Item>()
        var count = 0
        var example: Item?
        for item in items where !seen.insert(item).inserted {
            count += 1
            if example == nil { example = item }
        }
        guard let example else { return nil }
        return (count, show(example))
    }
}
