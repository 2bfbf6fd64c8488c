import Modeling

/// Every message a drift injection error carries, in one place so tests can assert them exactly.
public enum DriftInjectionMessages {
    /// A kind name that is not known.
    public static func unknownKind(_ name: String) -> String {
        "no drift kind '\(name)'; the kinds are: \(DriftInjectionKind.names.joined(separator: ", "))"
    }

    /// An id that is empty, too long or has characters other than letters, digits, '-', '_' and '.'.
    public static func invalidID(_ id: String) -> String {
        "a drift injection id must be 1 to \(DriftInjection.maximumIDLength) letters, digits, '-', '_' or '.'; got '\(id)'"
    }

    /// A start time outside the virtual calendar.
    public static func startOutOfRange(id: String, start: Int64) -> String {
        prefix(id) + "the start must lie in 0…\(ScenarioLimits.latestStartTime) seconds since 1970 "
            + "(up to 9999-12-31); got \(start)"
    }

    /// A negative ramp or period.
    public static func negativeDuration(id: String, what: String, seconds: Int64) -> String {
        prefix(id) + "the \(what) cannot be negative; got \(seconds) seconds"
    }

    /// A ramp or period longer than the virtual calendar allows.
    public static func durationTooLong(id: String, what: String, seconds: Int64) -> String {
        prefix(id) + "the \(what) must be at most \(DriftSchedule.maximumDuration) seconds "
            + "(\(ScenarioLimits.maximumDays) days); got \(seconds) seconds"
    }

    /// A recurring period shorter than two minutes.
    public static func periodTooShort(id: String, seconds: Int64) -> String {
        prefix(id) + "a recurring period must be at least \(DriftSchedule.minimumPeriod) seconds (2 minutes); "
            + "got \(seconds) seconds"
    }

    /// A NaN or infinite magnitude.
    public static func magnitudeNotFinite(id: String, magnitude: Double) -> String {
        prefix(id) + "the magnitude must be a finite number; got \(magnitude)"
    }

    /// A magnitude outside the kind's range.
    public static func magnitudeOutOfRange(
        id: String, kind: DriftInjectionKind, feature: String?, rule: MagnitudeRule, magnitude: Double
    ) -> String {
        let on = feature.map { " on '\($0)'" } ?? ""
        return prefix(id) + "a \(kind.rawValue) magnitude\(on) is \(rule.meaning) and must lie in \(rule.rangeText); "
            + "got \(NumberText.threshold(magnitude))"
    }

    /// A kind that changes one column, given none.
    public static func featureRequired(id: String, kind: DriftInjectionKind) -> String {
        prefix(id) + "\(kind.rawValue) drift needs the feature it changes"
    }

    /// Prior drift given a feature.
    public static func featureNotTaken(id: String, feature: String) -> String {
        prefix(id) + "prior drift changes the label rate and takes no feature; got '\(feature)'"
    }

    /// A feature the data does not have.
    public static func unknownFeature(id: String, feature: String, scenario: ScenarioName, features: [String]) -> String {
        prefix(id) + "the \(scenario.rawValue) data has no feature '\(feature)'; its features are: "
            + features.joined(separator: ", ")
    }

    /// A column that exists but is not a feature (the target, an id or a timestamp).
    public static func notAFeature(id: String, column: String, role: ColumnRole, features: [String]) -> String {
        prefix(id) + "'\(column)' is \(roleText(role)), not a feature; the features are: "
            + features.joined(separator: ", ")
    }

    /// A feature whose type the kind cannot change.
    public static func wrongType(id: String, kind: DriftInjectionKind, feature: String, type: ColumnType) -> String {
        prefix(id) + "\(kind.rawValue) drift needs \(allowedTypesText(kind)), but '\(feature)' is \(type.rawValue)"
    }

    /// Concept drift on a feature the hidden model does not read.
    public static func notInHiddenModel(id: String, feature: String, scenario: ScenarioName, used: [String]) -> String {
        prefix(id) + "the hidden \(scenario.rawValue) model does not use '\(feature)'; concept drift can change: "
            + used.joined(separator: ", ") + " (or every term, with no feature)"
    }

    /// A category given to a kind that takes none.
    public static func categoryNotTaken(id: String) -> String {
        prefix(id) + "only new-category drift and covariate drift on a categorical or boolean feature take a category"
    }

    /// An empty or overlong category name.
    public static func invalidCategory(id: String, category: String) -> String {
        prefix(id) + "a category must be a name of 1 to \(DriftInjection.maximumIDLength) bytes; got '\(category)'"
    }

    /// A boolean feature's target that is not true or false.
    public static func booleanCategory(id: String, feature: String, category: String) -> String {
        prefix(id) + "'\(feature)' is boolean, so the category rows move to must be true or false; got '\(category)'"
    }

    /// A scale given to anything but covariate drift on a numeric feature.
    public static func scaleNotTaken(id: String) -> String {
        prefix(id) + "only covariate drift on a numeric feature takes a scale"
    }

    /// A scale that is not a positive finite number.
    public static func invalidScale(id: String, scale: Double) -> String {
        prefix(id) + "the scale must be a finite standard deviation > 0; got \(NumberText.threshold(scale))"
    }

    /// A time column the data does not have as a timestamp.
    public static func unknownTimeColumn(id: String, column: String, timestamps: [String]) -> String {
        let known = timestamps.isEmpty ? "it has none" : "its timestamp columns are: " + timestamps.joined(separator: ", ")
        return prefix(id) + "the data has no timestamp column '\(column)'; \(known)"
    }

    /// A schema change whose new name is already a column.
    public static func renameTaken(id: String, feature: String, renamed: String) -> String {
        prefix(id) + "cannot rename '\(feature)' to '\(renamed)': that column already exists"
    }

    /// A second schema change of the same feature.
    public static func alreadyRenamed(id: String, feature: String, by other: String) -> String {
        prefix(id) + "'\(feature)' is already renamed by drift injection '\(other)'"
    }

    /// An id that is already in the set.
    public static func duplicateID(_ id: String) -> String {
        "drift injection '\(id)' is already active; choose another id or remove it first"
    }

    /// A set that is full.
    public static let tooMany = "at most \(DriftInjectionSet.maximumCount) drift injections can be active at once"

    /// What to do when the set is full.
    public static let tooManyHint = "remove one first: drift remove ID"

    /// An injection into another use case's data than the active injections change.
    public static func otherScenario(_ scenario: String, active: String) -> String {
        "the active drift injections change \(active) data; injections into \(scenario) data cannot be active at the same time"
    }

    /// What to do about it.
    public static func otherScenarioHint(_ ids: [String]) -> String {
        "remove them first: " + ids.map { "drift remove \($0)" }.joined(separator: "; ")
    }

    /// An id that is not in the set.
    public static func unknownID(_ id: String, active: [String]) -> String {
        let known = active.isEmpty ? "none is active" : "the active ones are: " + active.joined(separator: ", ")
        return "no active drift injection '\(id)'; \(known)"
    }

    /// A batch without a column an injection needs.
    public static func batchMissingColumn(id: String, column: String) -> String {
        prefix(id) + "the batch has no column '\(column)'"
    }

    /// A batch column of another type than the injection needs.
    public static func batchWrongType(id: String, column: String, type: ColumnType, expected: String) -> String {
        prefix(id) + "column '\(column)' in the batch is \(type.rawValue), not \(expected)"
    }

    /// A batch whose ids do not fit the hidden world it is said to come from.
    public static func batchMismatch(scenario: ScenarioName, column: String, value: Double, count: Int) -> String {
        "the batch does not come from this \(scenario.rawValue) world: \(column) \(NumberText.threshold(value)) "
            + "is not one of 0…\(count - 1)"
    }

    /// The changed batch could not be assembled (kept for completeness; checked injections do not reach it).
    public static func batchNotBuilt(_ reason: String) -> String {
        "drift injection could not build the changed batch: \(reason)"
    }

    /// The hidden parts of a scenario could not be built from its parameters.
    public static func scenarioNotBuilt(_ reason: String) -> String {
        "drift injection cannot use this scenario: \(reason)"
    }

    private static func prefix(_ id: String) -> String {
        "drift injection '\(id)': "
    }

    private static func roleText(_ role: ColumnRole) -> String {
        switch role {
        case .feature: "a feature"
        case .target: "the target"
        case .id: "an id"
        case .timestamp: "a timestamp"
        }
    }

    private static func allowedTypesText(_ kind: DriftInjectionKind) -> String {
        switch kind {
        case .covariate: "a numeric, categorical or boolean feature"
        case .newCategory: "a categorical feature"
        case .unitChange: "a numeric feature"
        case .prior, .concept, .nulls, .schemaChange: "a feature"
        }
    }
}
