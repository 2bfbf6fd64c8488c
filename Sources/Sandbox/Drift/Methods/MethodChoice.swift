/// How a column's method was decided: Evidently's default rule, or chosen by name.
public enum MethodChoice: Sendable, Equatable {
    /// Evidently 0.7's `_get_default_stattest` on the counts after dropping missing values.
    case evidentlyDefault(kind: ColumnKind, referenceCount: Int, distinctCount: Int)
    /// Named in the options.
    case chosen

    /// The reference-size boundary: at most this many rows get a test, more get a distance.
    public static let smallReferenceLimit = 1000
    /// Numeric columns with more distinct values than this count as continuous.
    public static let continuousDistinctLimit = 5
    /// Columns with at most this many distinct values get the z-test when the reference is small.
    public static let binaryDistinctLimit = 2

    /// The method Evidently 0.7 picks by default.
    ///
    /// Source: `legacy/calculations/stattests/registry.py::_get_default_stattest`, with n_values =
    /// distinct non-missing values in reference ∪ current and N = reference rows after dropping:
    /// N ≤ 1000 → numeric > 5 values `ks`, otherwise (numeric or categorical) `chisquare` above 2
    /// values and `z` at 2 or fewer; N > 1000 → numeric > 5 values `wasserstein`, everything else
    /// `jensenshannon`.
    public static func defaultMethod(kind: ColumnKind, referenceCount: Int, distinctCount: Int) -> DriftMethod {
        let continuous = kind == .numeric && distinctCount > continuousDistinctLimit
        if referenceCount <= smallReferenceLimit {
            if continuous { return .ks }
            return distinctCount > binaryDistinctLimit ? .chisquare : .z
        }
        return continuous ? .wasserstein : .jensenshannon
    }

    /// The first links of a verdict's reason: why this method, e.g. "N_ref=800 ≤ 1000, 37 distinct > 5".
    func explanation(droppedFromReference dropped: Int) -> String {
        switch self {
        case .chosen:
            return "method chosen"
        case .evidentlyDefault(let kind, let referenceCount, let distinctCount):
            let small = referenceCount <= Self.smallReferenceLimit
            let missing = dropped > 0 ? " (\(dropped) missing dropped)" : ""
            let size = "N_ref=\(referenceCount)\(missing) \(small ? "≤" : ">") \(Self.smallReferenceLimit)"
            let values = distinctWording(kind: kind, distinctCount: distinctCount, small: small)
            return values.isEmpty ? size : "\(size), \(values)"
        }
    }

    private func distinctWording(kind: ColumnKind, distinctCount: Int, small: Bool) -> String {
        switch kind {
        case .numeric:
            if distinctCount > Self.continuousDistinctLimit { return "\(distinctCount) distinct > 5" }
            if !small { return "\(distinctCount) distinct ≤ 5" }
            if distinctCount > Self.binaryDistinctLimit { return "\(distinctCount) distinct in 3…5" }
            return "\(distinctCount) distinct ≤ 2"
        case .categorical:
            let noun = distinctCount == 1 ? "category" : "categories"
            if !small { return "categorical" }
            let relation = distinctCount > Self.binaryDistinctLimit ? ">" : "≤"
            return "categorical, \(distinctCount) \(noun) \(relation) 2"
        }
    }
}
