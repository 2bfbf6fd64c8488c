/// What a drift injection changes: the world the traffic comes from, or how the traffic is recorded.
public enum DriftInjectionKind: String, Sendable, Equatable, Hashable, CaseIterable {
    /// A feature's distribution moves while the label still follows the hidden model, so P(y|x) holds.
    case covariate
    /// The label rate changes: the fraud rate, the click-through rate or the demand level.
    case prior
    /// The relationship between features and label changes while the features stay as they were.
    case concept
    /// A categorical feature starts showing a category that training never saw.
    case newCategory = "new-category"
    /// A share of a feature's values go missing.
    case nulls
    /// A numeric feature arrives in another unit: every value multiplied by a factor.
    case unitChange = "unit-change"
    /// A feature column is renamed to `<name>_v2`.
    case schemaChange = "schema-change"

    /// The kind called `name`, as `drift inject` takes it (`covariate`, `new-category`, …).
    /// - Throws: `SandboxError` listing the kinds when `name` is none of them.
    public init(name: String) throws(SandboxError) {
        guard let kind = DriftInjectionKind(rawValue: name) else {
            throw SandboxError(DriftInjectionMessages.unknownKind(name))
        }
        self = kind
    }

    /// Every kind's name, in the order `drift inject` lists them.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// Whether the change happens to the world itself, so labels follow the hidden model.
    ///
    /// Covariate, prior, concept and new-category drift change the transactions, impressions or
    /// demand, and the label is re-drawn where the hidden model says it would differ. Nulls, unit
    /// and schema changes are recording faults downstream of the world: the labels stay.
    public var changesTheWorld: Bool {
        switch self {
        case .covariate, .prior, .concept, .newCategory: true
        case .nulls, .unitChange, .schemaChange: false
        }
    }

    /// When a batch is changed: world changes first, then value faults, then renames last, so every
    /// injection still finds the column it names. Within a stage, injections apply in the order added.
    var stage: Int {
        switch self {
        case .covariate, .prior, .concept, .newCategory: 0
        case .nulls, .unitChange: 1
        case .schemaChange: 2
        }
    }
}
