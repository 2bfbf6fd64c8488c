import Testing

/// Agreement with Evidently/scipy: 1e-9 relative, or 1e-15 absolute near zero.
enum Tolerance {
    static let relative = 1e-9
    static let absolute = 1e-15
}

/// Expects `actual` within the tolerances of `expected`; NaN matches NaN, ±∞ must match exactly.
func expectClose(
    _ actual: Double, _ expected: Double, _ context: @autoclosure () -> String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    if expected.isNaN {
        #expect(actual.isNaN, "\(context()): expected NaN, got \(actual)", sourceLocation: sourceLocation)
    } else if expected.isInfinite || actual.isInfinite || actual.isNaN {
        #expect(actual == expected, "\(context()): expected \(expected), got \(actual)", sourceLocation: sourceLocation)
    } else {
        let allowed = max(Tolerance.absolute, Tolerance.relative * abs(expected))
        #expect(
            abs(actual - expected) <= allowed,
            "\(context()): expected \(expected), got \(actual) (difference \(abs(actual - expected)))",
            sourceLocation: sourceLocation)
    }
}
