import Modeling

/// `values` with every row where `mask` is true made missing (NaN, code −1 or nil).
func maskingMissing(_ values: ColumnValues, where mask: [Bool]) -> ColumnValues {
    switch values {
    case .numeric(var numbers):
        for row in numbers.indices where mask[row] { numbers[row] = .nan }
        return .numeric(numbers)
    case .categorical(var codes, let categories):
        for row in codes.indices where mask[row] { codes[row] = -1 }
        return .categorical(codes: codes, categories: categories)
    case .boolean(var flags):
        for row in flags.indices where mask[row] { flags[row] = nil }
        return .boolean(flags)
    case .timestamp(var times):
        for row in times.indices where mask[row] { times[row] = nil }
        return .timestamp(times)
    }
}
