/// Names in ascending UTF-8 order (the dataset's category order) and each original index's code.
func sortedCoding(_ names: [String]) -> (names: [String], codes: [Int32]) {
    let sorted = names.indices.sorted { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }
    var codes = [Int32](repeating: 0, count: names.count)
    for (code, index) in sorted.enumerated() { codes[index] = Int32(code) }
    return (sorted.map { names[$0] }, codes)
}
