/// One drift the simulator applies to live traffic from a point in virtual time.
///
/// A value: the caller assigns the id, `DriftInjectionSet` checks and holds it, and every batch
/// of traffic is changed row by row according to each row's own time (`timeColumn`), so a batch
/// that spans the start is changed only from the start on. What `magnitude` means depends on the
/// kind (see `MagnitudeRule` and docs/drift-injection.md).
public struct DriftInjection: Sendable, Equatable {
    /// The longest id, in UTF-8 bytes.
    public static let maximumIDLength = 64
    /// The column whose value is a row's time unless another is named.
    public static let defaultTimeColumn = "timestamp"
    /// The category a new-category injection introduces unless another is named.
    public static let defaultNewCategory = "unseen"
    /// What a schema-change appends to the column's name.
    public static let renamedSuffix = "_v2"

    /// The caller's name for the injection, unique within a set.
    public var id: String
    /// What the injection changes.
    public var kind: DriftInjectionKind
    /// The column it changes; nil for prior drift, and for concept drift that changes every term.
    public var feature: String?
    /// How much it changes it; the unit depends on the kind.
    public var magnitude: Double
    /// When it acts and how strongly.
    public var schedule: DriftSchedule
    /// The timestamp column whose value decides each row's strength.
    public var timeColumn: String
    /// For new-category, the new category (default `unseen`); for covariate drift on a categorical
    /// feature, the category rows move to (default the last in sorted order), or `true`/`false` for
    /// a boolean feature (default `true`). Nil for other kinds.
    public var category: String?
    /// For covariate drift on a numeric feature, the standard deviation one unit of magnitude
    /// stands for; nil uses the batch's own sample standard deviation before the shift.
    public var scale: Double?

    /// Creates an injection; `validate(schema:scenario:)` or `DriftInjectionSet.add` checks it.
    public init(
        id: String, kind: DriftInjectionKind, feature: String? = nil, magnitude: Double, schedule: DriftSchedule,
        timeColumn: String = DriftInjection.defaultTimeColumn, category: String? = nil, scale: Double? = nil
    ) {
        self.id = id
        self.kind = kind
        self.feature = feature
        self.magnitude = magnitude
        self.schedule = schedule
        self.timeColumn = timeColumn
        self.category = category
        self.scale = scale
    }

    /// The strength of the effect at `time`, in 0…1: what `drift list` shows as the current effect.
    public func strength(at time: Int64) -> Double {
        schedule.strength(at: time)
    }

    /// The name a schema-change gives its column: `<feature>_v2`.
    public var renamedFeature: String? {
        feature.map { $0 + Self.renamedSuffix }
    }
}
