/// How a drift score is compared with its threshold; `holds` means drift.
///
/// Source: Evidently 0.7 stattests — `ks`: p ≤ threshold; `chisquare`, `z`: p < threshold;
/// `wasserstein`, `jensenshannon`, `psi`: value ≥ threshold.
public enum DriftComparison: String, Sendable, Equatable {
    /// Drift when score ≤ threshold.
    case atMost
    /// Drift when score < threshold.
    case below
    /// Drift when score ≥ threshold.
    case atLeast

    /// Whether `score` against `threshold` means drift (a NaN score never does, as in Python).
    public func holds(_ score: Double, threshold: Double) -> Bool {
        switch self {
        case .atMost: score <= threshold
        case .below: score < threshold
        case .atLeast: score >= threshold
        }
    }

    /// The symbol shown when the comparison holds: ≤, < or ≥.
    public var symbol: String {
        switch self {
        case .atMost: "≤"
        case .below: "<"
        case .atLeast: "≥"
        }
    }

    /// The symbol shown when it does not hold: >, ≥ or <.
    public var negatedSymbol: String {
        switch self {
        case .atMost: ">"
        case .below: "≥"
        case .atLeast: "<"
        }
    }
}
