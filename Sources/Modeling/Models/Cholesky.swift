/// Solves A·x = b for a symmetric positive definite A (row-major, n × n) by Cholesky factorisation.
///
/// Source: Golub & Van Loan, "Matrix Computations" (4th ed.), algorithm 4.2.1 (A = L·Lᵀ), then
/// forward and back substitution. Deterministic: every sum runs in index order.
func choleskySolve(_ matrix: [Double], _ rhs: [Double], size n: Int) throws(ModelingError) -> [Double] {
    var lower = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
        for j in 0...i {
            var sum = matrix[i * n + j]
            for k in 0..<j { sum -= lower[i * n + k] * lower[j * n + k] }
            if i == j {
                // A pivot that rounding alone keeps above zero means a singular matrix (e.g. duplicate features).
                guard sum > 1e-10 * matrix[i * n + i], sum.isFinite else {
                    throw ModelingError(
                        .invalidData,
                        "the normal equations are not positive definite (pivot \(i + 1) is \(sum)); use a positive alpha or remove duplicate features")
                }
                lower[i * n + i] = sum.squareRoot()
            } else {
                lower[i * n + j] = sum / lower[j * n + j]
            }
        }
    }
    var forward = [Double](repeating: 0, count: n)
    for i in 0..<n {
        var sum = rhs[i]
        for k in 0..<i { sum -= lower[i * n + k] * forward[k] }
        forward[i] = sum / lower[i * n + i]
    }
    var solution = [Double](repeating: 0, count: n)
    for i in stride(from: n - 1, through: 0, by: -1) {
        var sum = forward[i]
        for k in (i + 1)..<max(i + 1, n) { sum -= lower[k * n + i] * solution[k] }
        solution[i] = sum / lower[i * n + i]
    }
    return solution
}
