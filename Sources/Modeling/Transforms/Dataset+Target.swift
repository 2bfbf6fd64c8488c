extension Dataset {
    /// The values of the single column with role `.target`, as doubles for training.
    ///
    /// Numeric targets are used as they are; boolean targets become 0/1; a categorical target must
    /// have exactly two categories and becomes its code (the second category in sorted order is 1).
    /// Missing target values are an error naming the first such row.
    public func targetValues() throws(ModelingError) -> [Double] {
        let targets = columns.filter { $0.role == .target }
        guard targets.count == 1, let target = targets.first else {
            throw ModelingError(.schemaMismatch, "expected exactly one column with role 'target', found \(targets.count)")
        }
        if case .categorical(_, let categories) = target.values, categories.count != 2 {
            throw ModelingError(
                .invalidData, "target column '\(target.name)' has \(categories.count) categories; a categorical target needs exactly 2")
        }
        let values = numericView(target.values)
        if let row = values.firstIndex(where: { !$0.isFinite }) {
            throw ModelingError(.invalidData, "target column '\(target.name)' is missing or not finite at row \(row + 1)")
        }
        return values
    }
}
