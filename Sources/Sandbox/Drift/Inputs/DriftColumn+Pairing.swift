import Modeling

extension DriftColumn {
    /// The two sides of a dataset column as drift inputs: numbers stay numbers, categories and
    /// booleans become labels (missing values dropped); nil when the two sides' types cannot be compared.
    public static func pairing(_ reference: Column, _ current: Column) -> DriftColumn? {
        switch (reference.values, current.values) {
        case (.numeric(let a), .numeric(let b)):
            return .numeric(reference.name, reference: a, current: b)
        case (.categorical, .categorical), (.boolean, .boolean), (.categorical, .boolean), (.boolean, .categorical):
            return .categorical(reference.name, reference: labels(reference.values), current: labels(current.values))
        default:
            return nil
        }
    }

    private static func labels(_ values: ColumnValues) -> [String] {
        switch values {
        case .categorical(let codes, let categories):
            return codes.compactMap { $0 >= 0 && Int($0) < categories.count ? categories[Int($0)] : nil }
        case .boolean(let flags):
            return flags.compactMap { $0.map { $0 ? "true" : "false" } }
        default:
            return []
        }
    }
}
