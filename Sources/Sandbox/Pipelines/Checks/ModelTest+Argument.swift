import Modeling

extension ModelTest {
    /// The tolerance of an invariance test when none is written.
    public static let defaultTolerance = 0.01
    /// The largest gap of a slice test when none is written.
    public static let defaultMaximumGap = 0.05
    /// The fewest rows a slice needs to be measured when none is written.
    public static let defaultMinimumRows = 30

    /// A test as a record of the spec (one item of `tests:`): `name` and `kind`, then the kind's keys.
    public static let argumentRecord = ArgumentRecord(
        fields: [
            StepArgument("name", .text(.any), .required),
            StepArgument("kind", .choice(ModelTestKind.allCases.map(\.rawValue)), .required),
        ],
        variants: ArgumentVariants(key: "kind", cases: [
            ArgumentVariant("expect", fields: DataExpectation.argumentFields, rules: [.ordered("min", "max")]),
            ArgumentVariant(
                "minimum",
                fields: [
                    StepArgument("metric", .choice(ModelMetric.allCases.map(\.rawValue)), .required),
                    StepArgument("min", .number(.any), .optional),
                    StepArgument("max", .number(.any), .optional),
                ],
                rules: [.atLeastOne(["min", "max"]), .ordered("min", "max")]),
            ArgumentVariant(
                "invariance",
                fields: [
                    StepArgument("feature", .text(.any), .required),
                    StepArgument("tolerance", .number(.nonNegative), .defaulted(.number(defaultTolerance))),
                ]),
            ArgumentVariant(
                "directional",
                fields: [
                    StepArgument("feature", .text(.any), .required),
                    StepArgument("delta", .number(.any), .required),
                    StepArgument("direction", .choice(ScoreDirection.allCases.map(\.rawValue)), .required),
                ]),
            ArgumentVariant(
                "slice",
                fields: [
                    StepArgument("by", .text(.any), .required),
                    StepArgument("metric", .choice(ModelMetric.allCases.map(\.rawValue)), .required),
                    StepArgument("max_gap", .number(.nonNegative), .defaulted(.number(defaultMaximumGap))),
                    StepArgument("min_rows", .integer(1...Dataset.maximumRowCount), .defaulted(.integer(defaultMinimumRows))),
                ]),
            ArgumentVariant("smoke", fields: []),
        ]))

    /// Reads a test from a resolved spec's argument (one item of `tests:`).
    public init(argument: ArgumentValue) throws(CheckArgumentError) {
        let named = try CheckArguments(argument, what: "a test")
        let name = try named.requiredText("name")
        let arguments = try CheckArguments(argument, what: "test '\(name)'")
        guard let kind = try arguments.choice("kind", as: ModelTestKind.self) else {
            throw CheckArgumentError("test '\(name)' is missing 'kind'")
        }
        let check: ModelTestCheck
        switch kind {
        case .expect:
            check = .expect(try DataExpectation(argument: argument))
        case .minimum:
            guard let metric = try arguments.choice("metric", as: ModelMetric.self) else {
                throw CheckArgumentError("test '\(name)' is missing 'metric'")
            }
            check = .minimum(metric: metric, min: try arguments.number("min"), max: try arguments.number("max"))
        case .invariance:
            check = .invariance(
                feature: try arguments.requiredText("feature"), tolerance: try arguments.number("tolerance") ?? Self.defaultTolerance)
        case .directional:
            guard let delta = try arguments.number("delta") else { throw CheckArgumentError("test '\(name)' is missing 'delta'") }
            guard let direction = try arguments.choice("direction", as: ScoreDirection.self) else {
                throw CheckArgumentError("test '\(name)' is missing 'direction'")
            }
            check = .directional(feature: try arguments.requiredText("feature"), delta: delta, direction: direction)
        case .slice:
            guard let metric = try arguments.choice("metric", as: ModelMetric.self) else {
                throw CheckArgumentError("test '\(name)' is missing 'metric'")
            }
            check = .slice(
                by: try arguments.requiredText("by"), metric: metric,
                maxGap: try arguments.number("max_gap") ?? Self.defaultMaximumGap,
                minRows: try arguments.integer("min_rows") ?? Self.defaultMinimumRows)
        case .smoke:
            check = .smoke
        }
        self.init(name: name, check: check)
    }

    /// Reads the `tests:` list of a resolved test step.
    public static func tests(from argument: ArgumentValue) throws(CheckArgumentError) -> [ModelTest] {
        guard case .list(let items) = argument else { throw CheckArgumentError("'tests' must be a list") }
        var tests: [ModelTest] = []
        for item in items { tests.append(try ModelTest(argument: item)) }
        return tests
    }
}
