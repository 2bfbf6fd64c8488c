/// A categorical column's dictionary with `name` added in sorted (UTF-8) place, codes remapped.
///
/// Returns the codes and categories unchanged when `name` is already there, and `name`'s code.
func addingCategory(
    _ name: String, codes: [Int32], categories: [String]
) -> (codes: [Int32], categories: [String], code: Int32) {
    if let existing = categories.firstIndex(of: name) { return (codes, categories, Int32(existing)) }
    let insertion = categories.firstIndex { name.utf8.lexicographicallyPrecedes($0.utf8) } ?? categories.count
    var widened = categories
    widened.insert(name, at: insertion)
    let boundary = Int32(insertion)
    var remapped = codes
    for row in remapped.indices where remapped[row] >= boundary { remapped[row] += 1 }
    return (remapped, widened, boundary)
}
