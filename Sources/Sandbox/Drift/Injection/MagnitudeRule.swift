import Modeling

/// The magnitudes one kind of injection accepts, and what one unit of magnitude means.
public struct MagnitudeRule: Sendable, Equatable {
    /// The accepted magnitudes, bounds included.
    public let range: ClosedRange<Double>
    /// The range as messages and help show it.
    public let rangeText: String
    /// What the number stands for, e.g. "a shift in standard deviations".
    public let meaning: String

    /// The rule for `kind` on a feature of `type` (the type matters for covariate drift only).
    public static func rule(for kind: DriftInjectionKind, featureType type: ColumnType?) -> MagnitudeRule {
        switch kind {
        case .covariate:
            if type == .numeric {
                return MagnitudeRule(range: -10...10, rangeText: "-10…10", meaning: "a shift in standard deviations")
            }
            return MagnitudeRule(range: 0...1, rangeText: "0…1", meaning: "the share of rows moved to the target category")
        case .prior:
            return MagnitudeRule(
                range: -0.99...10, rangeText: "-0.99…10",
                meaning: "the relative change of the label rate or demand level (1 doubles it)")
        case .concept:
            return MagnitudeRule(
                range: -3...3, rangeText: "-3…3",
                meaning: "the factor on the hidden model's coefficient (-1 flips it, 0 removes it)")
        case .newCategory:
            return MagnitudeRule(range: 0...1, rangeText: "0…1", meaning: "the share of rows given the new category")
        case .nulls:
            return MagnitudeRule(range: 0...1, rangeText: "0…1", meaning: "the share of values made missing")
        case .unitChange:
            return MagnitudeRule(
                range: 0.000_001...1_000_000, rangeText: "0.000001…1000000",
                meaning: "the factor every value is multiplied by")
        case .schemaChange:
            return MagnitudeRule(
                range: -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude, rangeText: "any finite number",
                meaning: "ignored")
        }
    }
}
