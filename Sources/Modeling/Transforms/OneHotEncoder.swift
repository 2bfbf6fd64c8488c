/// Turns a categorical feature into one 0/1 column per training category.
///
/// The categories are those seen in training, sorted. A category not seen in training, or a
/// missing value, becomes all zeros (scikit-learn's `handle_unknown="ignore"`), so a model
/// treats it like the average of nothing in particular rather than failing at predict time.
public struct OneHotEncoder: Sendable, Equatable {
    /// The training categories, sorted; one output column each.
    public let categories: [String]

    /// Creates an encoder for known categories.
    public init(categories: [String]) {
        self.categories = categories.sorted(by: utf8Ascending)
    }

    /// Fits on the categories that occur in the training column.
    public static func fit(codes: [Int32], categories: [String]) -> OneHotEncoder {
        var used = [Bool](repeating: false, count: categories.count)
        for code in codes where code >= 0 { used[Int(code)] = true }
        return OneHotEncoder(categories: zip(categories, used).filter { $0.1 }.map { $0.0 })
    }

    /// For each code of a column whose category names are `names`, the output position or −1 (unknown or missing).
    func outputPositions(names: [String]) -> [Int] {
        var lookup: [String: Int] = [:]
        for (position, category) in categories.enumerated() { lookup[category] = position }
        return names.map { lookup[$0] ?? -1 }
    }
}
