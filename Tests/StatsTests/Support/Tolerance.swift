import Testing

/// Default agreement with scipy/numpy: 1e-9 relative, or 1e-15 absolute for values near zero.
enum Tolerance {
    static let relative = 1e-9
    static let absolute = 1e-15
}

/// Expects `actual` to match `expected` within the tolerances; NaN matches NaN, ±∞ must match exactly.
func expectClose(
    _ actual: Double, _ expected: Double,
    relative: Double = Tolerance.relative, absolute: Double = Tolerance.absolute,
    _ context: @autoclosure () -> String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    if expected.isNaN {
        #expect(actual.isNaN, "\(context()): expected NaN, got \(actual)", sourceLocation: sourceLocation)
    } else if expected.isInfinite || actual.isInfinite || actual.isNaN {
        #expect(actual == expected, "\(context()): expected \(expected), got \(actual)", sourceLocation: sourceLocation)
    } else {
        let allowed = max(absolute, relative * abs(expected))
        #expect(
            abs(actual - expected) <= allowed,
            "\(context()): expected \(expected), got \(actual) (difference \(abs(actual - expected)), allowed \(allowed))",
            sourceLocation: sourceLocation)
    }
}

/// Expects two vectors of equal length to match element by element with `expectClose`.
func expectClose(
    _ actual: [Double], _ expected: [Double],
    relative: Double = Tolerance.relative, absolute: Double = Tolerance.absolute,
    _ context: @autoclosure () -> String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        actual.count == expected.count, "\(context()): length \(actual.count) vs \(expected.count)",
        sourceLocation: sourceLocation)
    for (index, pair) in zip(actual, expected).enumerated() {
        expectClose(
            pair.0, pair.1, relative: relative, absolute: absolute, "\(context())[\(index)]",
            sourceLocation: sourceLocation)
    }
}
