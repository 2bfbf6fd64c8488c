/// A way to score one column's drift, selectable by its Evidently name.
public enum DriftMethod: String, Sendable, Equatable, CaseIterable {
    /// Two-sample Kolmogorov–Smirnov p-value (Evidently `ks`).
    case ks
    /// Chi-square goodness-of-fit p-value against reference frequencies (Evidently `chisquare`).
    case chisquare
    /// Pooled two-proportion z-test p-value (Evidently `z`).
    case z
    /// Wasserstein distance divided by the reference's standard deviation (Evidently `wasserstein`).
    case wasserstein
    /// Jensen–Shannon distance between binned shares (Evidently `jensenshannon`).
    case jensenshannon
    /// Population stability index between binned shares (Evidently `psi`).
    case psi
    /// Largest change of any category's share; not an Evidently method (named `linf` here).
    case linf

    /// Looks a method up by its Evidently registry name (`"ks"`, `"psi"`, …) or `"linf"`.
    /// - Throws: `DriftError` naming the known methods when `name` is none of them.
    public init(name: String) throws(DriftError) {
        guard let method = DriftMethod(rawValue: name) else {
            throw DriftError(.unknownMethod, DriftMessages.unknownMethod(name))
        }
        self = method
    }

    /// Whether the score is a p-value (small means drift) rather than a distance.
    public var scoresPValue: Bool {
        switch self {
        case .ks, .chisquare, .z: true
        case .wasserstein, .jensenshannon, .psi, .linf: false
        }
    }

    /// The threshold used when none is given (Evidently's `StatTest.default_threshold`).
    public var defaultThreshold: Double {
        scoresPValue ? 0.05 : 0.1
    }

    /// How the score is compared with the threshold.
    public var comparison: DriftComparison {
        switch self {
        case .ks: .atMost
        case .chisquare, .z: .below
        case .wasserstein, .jensenshannon, .psi, .linf: .atLeast
        }
    }

    /// The column kinds a method may be chosen for by name (Evidently's `allowed_feature_types`).
    ///
    /// Evidently's default choice still runs `chisquare` and `z` on numeric columns with few values.
    public var allowedKinds: [ColumnKind] {
        switch self {
        case .ks, .wasserstein: [.numeric]
        case .chisquare, .z, .linf: [.categorical]
        case .jensenshannon, .psi: [.numeric, .categorical]
        }
    }

    /// Evidently's `display_name`, as its reports show the method.
    public var evidentlyDisplayName: String {
        switch self {
        case .ks: "K-S p_value"
        case .chisquare: "chi-square p_value"
        case .z: "Z-test p_value"
        case .wasserstein: "Wasserstein distance (normed)"
        case .jensenshannon: "Jensen-Shannon distance"
        case .psi: "PSI"
        case .linf: "L-infinity distance"
        }
    }

    /// The short label used in a verdict's reason, including "p" for p-values.
    public var reasonLabel: String {
        switch self {
        case .ks: "KS p"
        case .chisquare: "chi-square p"
        case .z: "Z-test p"
        case .wasserstein: "Wasserstein (normed)"
        case .jensenshannon: "Jensen-Shannon"
        case .psi: "PSI"
        case .linf: "L∞"
        }
    }
}
