import Modeling
import Stats

/// A permutation of `0..<count` drawn from `generator`: the same generator state gives the same
/// permutation on every platform (the standard library's `shuffle` does not promise that).
///
/// Source: Fisher–Yates in Durstenfeld's in-place form; each bounded draw rejects the values below
/// 2⁶⁴ mod bound, as OpenBSD's arc4random_uniform, so every index is equally likely.
func seededPermutation(count: Int, generator: inout SeededGenerator) -> [Int] {
    var order = Array(0..<count)
    var index = count - 1
    while index > 0 {
        let bound = UInt64(index + 1)
        let floor = (0 &- bound) % bound
        var draw = generator.next()
        while draw < floor { draw = generator.next() }
        order.swapAt(index, Int(draw % bound))
        index -= 1
    }
    return order
}

extension ColumnValues {
    /// The values reordered: row `i` gets the value of row `order[i]` (indices must be valid).
    func reordered(_ order: [Int]) -> ColumnValues {
        switch self {
        case .numeric(let values): .numeric(order.map { values[$0] })
        case .categorical(let codes, let categories): .categorical(codes: order.map { codes[$0] }, categories: categories)
        case .boolean(let values): .boolean(order.map { values[$0] })
        case .timestamp(let values): .timestamp(order.map { values[$0] })
        }
    }
}

extension Dataset {
    /// A copy with column `name`'s values replaced (same length, same role).
    func replacing(column name: String, with values: ColumnValues) throws(ModelingError) -> Dataset {
        try Dataset(columns: columns.map { $0.name == name ? Column(name: $0.name, role: $0.role, values: values) : $0 })
    }
}
