import Modeling

extension DriftInjection {
    /// Throws the first rule the injection breaks against the columns of `scenario`'s data.
    ///
    /// Checks the id, the schedule, the time column, the feature (present, a feature, of a type the
    /// kind can change, read by the hidden model for concept drift), the magnitude against
    /// `MagnitudeRule`, and the kind-specific `category` and `scale`. Rows are not looked at.
    public func validate(schema: [ColumnSchema], scenario: ScenarioName) throws(SandboxError) {
        try Self.validateID(id)
        try schedule.validate(id: id)
        guard magnitude.isFinite else {
            throw SandboxError(DriftInjectionMessages.magnitudeNotFinite(id: id, magnitude: magnitude))
        }
        guard schema.contains(where: { $0.name == timeColumn && $0.type == .timestamp }) else {
            let timestamps = schema.filter { $0.type == .timestamp }.map(\.name)
            throw SandboxError(DriftInjectionMessages.unknownTimeColumn(id: id, column: timeColumn, timestamps: timestamps))
        }
        let column = try checkedFeature(schema: schema, scenario: scenario)
        let rule = MagnitudeRule.rule(for: kind, featureType: column?.type)
        guard rule.range.contains(magnitude) else {
            throw SandboxError(
                DriftInjectionMessages.magnitudeOutOfRange(
                    id: id, kind: kind, feature: feature, rule: rule, magnitude: magnitude))
        }
        try checkCategory(featureType: column?.type)
        try checkScale(featureType: column?.type)
        if kind == .schemaChange, let feature, let renamed = renamedFeature, schema.contains(where: { $0.name == renamed }) {
            throw SandboxError(DriftInjectionMessages.renameTaken(id: id, feature: feature, renamed: renamed))
        }
    }

    static func validateID(_ id: String) throws(SandboxError) {
        let allowed = id.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2D || byte == 0x5F || byte == 0x2E
        }
        guard !id.isEmpty, id.utf8.count <= maximumIDLength, allowed else {
            throw SandboxError(DriftInjectionMessages.invalidID(id))
        }
    }

    /// The feature's schema entry, or nil when the kind takes none and none was given.
    private func checkedFeature(schema: [ColumnSchema], scenario: ScenarioName) throws(SandboxError) -> ColumnSchema? {
        guard let feature else {
            if kind == .prior || kind == .concept { return nil }
            throw SandboxError(DriftInjectionMessages.featureRequired(id: id, kind: kind))
        }
        if kind == .prior { throw SandboxError(DriftInjectionMessages.featureNotTaken(id: id, feature: feature)) }
        let features = schema.filter { $0.role == .feature }.map(\.name)
        guard let column = schema.first(where: { $0.name == feature }) else {
            throw SandboxError(
                DriftInjectionMessages.unknownFeature(id: id, feature: feature, scenario: scenario, features: features))
        }
        guard column.role == .feature else {
            throw SandboxError(
                DriftInjectionMessages.notAFeature(id: id, column: feature, role: column.role, features: features))
        }
        guard Self.accepts(kind, column.type) else {
            throw SandboxError(DriftInjectionMessages.wrongType(id: id, kind: kind, feature: feature, type: column.type))
        }
        if kind == .concept, !scenario.hiddenModelFeatures.contains(feature) {
            let used = scenario.hiddenModelFeatures.filter { name in schema.contains { $0.name == name } }
            throw SandboxError(
                DriftInjectionMessages.notInHiddenModel(id: id, feature: feature, scenario: scenario, used: used))
        }
        return column
    }

    static func accepts(_ kind: DriftInjectionKind, _ type: ColumnType) -> Bool {
        switch kind {
        case .covariate: type == .numeric || type == .categorical || type == .boolean
        case .newCategory: type == .categorical
        case .unitChange: type == .numeric
        case .prior, .concept, .nulls, .schemaChange: true
        }
    }

    private func checkCategory(featureType: ColumnType?) throws(SandboxError) {
        guard let category else { return }
        let takesCategory = kind == .newCategory
            || (kind == .covariate && (featureType == .categorical || featureType == .boolean))
        guard takesCategory else { throw SandboxError(DriftInjectionMessages.categoryNotTaken(id: id)) }
        guard !category.isEmpty, category.utf8.count <= Self.maximumIDLength else {
            throw SandboxError(DriftInjectionMessages.invalidCategory(id: id, category: category))
        }
        if featureType == .boolean, category != "true", category != "false", let feature {
            throw SandboxError(DriftInjectionMessages.booleanCategory(id: id, feature: feature, category: category))
        }
    }

    private func checkScale(featureType: ColumnType?) throws(SandboxError) {
        guard let scale else { return }
        guard kind == .covariate, featureType == .numeric else {
            throw SandboxError(DriftInjectionMessages.scaleNotTaken(id: id))
        }
        guard scale.isFinite, scale > 0 else {
            throw SandboxError(DriftInjectionMessages.invalidScale(id: id, scale: scale))
        }
    }
}
