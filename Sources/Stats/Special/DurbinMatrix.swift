import Glibc

/// P(Dₙ ≤ d) by Durbin's matrix formula, evaluated as Marsaglia, Tsang & Wang do.
///
/// Source: Durbin (1968); Marsaglia, Tsang & Wang, "Evaluating Kolmogorov's Distribution",
/// J. Stat. Softw. 8(18) (2003); scaling as scipy `_kolmogn_DMTW`. Cost O(m³ log n), m = 2⌈nd⌉ − 1.
enum DurbinMatrix {
    private static let scaleExponent = 128
    private static let scaleUp = 0x1.0p128
    private static let scaleDown = 0x1.0p-128

    static func cdf(n: Int, d: Double) -> Double {
        if d >= 1 { return 1 }
        let nd = Double(n) * d
        if nd <= 0.5 { return 0 }
        let k = Int(nd.rounded(.up))
        let h = Double(k) - nd
        let m = 2 * k - 1

        // First column v and last row (v reversed) of H; w[j] = 1/j! fills the band above.
        var v = [Double](repeating: 0, count: m)
        var w = [Double](repeating: 0, count: m)
        var factorial = 1.0
        for j in 1...m {
            w[j - 1] = factorial
            factorial /= Double(j)
            v[j - 1] = (1 - pow(h, Double(j))) * factorial
        }
        let overlap = pow(max(2 * h - 1, 0), Double(m)) - 2 * pow(h, Double(m))
        v[m - 1] = (1 + overlap) * factorial

        var matrix = SquareMatrix(size: m)
        for column in 1..<max(m, 1) {
            for row in (column - 1)..<m {
                matrix[row, column] = w[row - column + 1]
            }
        }
        for row in 0..<m { matrix[row, 0] = v[row] }
        for column in 0..<m { matrix[m - 1, column] = v[m - 1 - column] }

        var power = SquareMatrix.identity(size: m)
        var remaining = n
        var powerExponent = 0
        var matrixExponent = 0
        while remaining > 0 {
            if remaining % 2 == 1 {
                power = power.multiplied(by: matrix)
                powerExponent += matrixExponent
            }
            matrix = matrix.multiplied(by: matrix)
            matrixExponent *= 2
            if abs(matrix[k - 1, k - 1]) > scaleUp {
                matrix.scale(by: scaleDown)
                matrixExponent += scaleExponent
            }
            remaining /= 2
        }

        var p = power[k - 1, k - 1]
        let size = Double(n)
        for i in 1...n {
            p = Double(i) * p / size
            if abs(p) < scaleDown {
                p *= scaleUp
                powerExponent -= scaleExponent
            }
        }
        if powerExponent != 0 {
            p = scalbn(p, Int32(clamping: powerExponent))
        }
        return KolmogorovDistribution.clipProbability(p)
    }
}

/// A dense row-major square matrix of doubles, just enough for Durbin's matrix powers.
struct SquareMatrix {
    let size: Int
    private(set) var storage: [Double]

    init(size: Int) {
        self.size = size
        storage = [Double](repeating: 0, count: size * size)
    }

    static func identity(size: Int) -> SquareMatrix {
        var matrix = SquareMatrix(size: size)
        for i in 0..<size { matrix[i, i] = 1 }
        return matrix
    }

    subscript(row: Int, column: Int) -> Double {
        get { storage[row * size + column] }
        set { storage[row * size + column] = newValue }
    }

    mutating func scale(by factor: Double) {
        for index in storage.indices { storage[index] *= factor }
    }

    /// self × other with the i-k-j loop order, which streams rows of both operands.
    func multiplied(by other: SquareMatrix) -> SquareMatrix {
        var result = SquareMatrix(size: size)
        let n = size
        result.storage.withUnsafeMutableBufferPointer { out in
            storage.withUnsafeBufferPointer { left in
                other.storage.withUnsafeBufferPointer { right in
                    for i in 0..<n {
                        for k in 0..<n {
                            let factor = left[i * n + k]
                            if factor == 0 { continue }
                            for j in 0..<n {
                                out[i * n + j] += factor * right[k * n + j]
                            }
                        }
                    }
                }
            }
        }
        return result
    }
}
