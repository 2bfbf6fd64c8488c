/// How the p-value of a two-sample Kolmogorov–Smirnov test was computed.
public enum KolmogorovSmirnovMethod: String, Sendable, Equatable {
    /// Exact lattice-path probability (scipy method 'exact'; chosen when max(n₁, n₂) ≤ 10 000).
    case exact
    /// kstwo.sf(D, round(n₁n₂/(n₁ + n₂))) (scipy method 'asymp'; chosen above 10 000).
    case asymptotic
    /// The exact computation gave no probability in [0, 1], so scipy's fallback to 'asymp' was taken.
    case asymptoticAfterExactFailure
}

/// The outcome of a two-sided two-sample Kolmogorov–Smirnov test.
public struct KolmogorovSmirnovResult: Sendable, Equatable {
    /// D = sup |F₁ − F₂|; after an exact computation it is h/lcm(n₁, n₂), as scipy reports it.
    public let statistic: Double
    /// The two-sided p-value, clipped to [0, 1].
    public let pValue: Double
    /// Which computation produced `pValue`.
    public let method: KolmogorovSmirnovMethod

    /// Creates a result from its parts.
    public init(statistic: Double, pValue: Double, method: KolmogorovSmirnovMethod) {
        self.statistic = statistic
        self.pValue = pValue
        self.method = method
    }
}
