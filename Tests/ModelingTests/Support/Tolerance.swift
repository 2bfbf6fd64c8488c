import Testing

/// Expects `actual` within `max(absolute, relative·|expected|)` of `expected`.
func expectClose(
    _ actual: Double, _ expected: Double, relative: Double = 1e-9, absolute: Double = 1e-15,
    _ context: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    let allowed = max(absolute, relative * abs(expected))
    #expect(
        abs(actual - expected) <= allowed,
        "\(context()): expected \(expected), got \(actual) (difference \(abs(actual - expected)), allowed \(allowed))",
        sourceLocation: sourceLocation)
}

/// Expects two vectors of equal length to match element by element.
func expectClose(
    _ actual: [Double], _ expected: [Double], relative: Double = 1e-9, absolute: Double = 1e-15,
    _ context: @autoclosure () -> String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(context()): length \(actual.count) vs \(expected.count)", sourceLocation: sourceLocation)
    for (index, pair) in zip(actual, expected).enumerated() {
        expectClose(pair.0, pair.1, relative: relative, absolute: absolute, "\(context())[\(index)]", sourceLocation: sourceLocation)
    }
}
