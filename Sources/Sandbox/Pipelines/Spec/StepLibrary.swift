import Modeling

/// The argument tables and outputs of the ten step kinds (docs/pipelines.md shows them as a table).
enum StepLibrary {
    static func arguments(of kind: StepKind) -> [StepArgument] {
        switch kind {
        case .generate:
            [
                StepArgument("scenario", .choice(["fraud", "recsys", "demand"]), .required),
                StepArgument("days", .integer(1...365), .required),
                StepArgument("granularity", .choice(["hourly", "daily"]), .optional),
            ]
        case .import:
            [
                StepArgument("dataset", .text(.any), .optional),
                StepArgument("path", .text(.any), .optional),
                StepArgument("target", .text(.any), .optional),
            ]
        case .validate:
            [
                StepArgument("data", .input(.dataset), .required),
                StepArgument("rows", .record(rowsRecord), .optional),
                StepArgument(
                    "expectations", .list(of: .record(DataExpectation.argumentRecord), count: 0...SpecLimits.maximumListItems),
                    .optional),
                StepArgument("fail_on", .choice(["error", "never"]), .defaulted(.text("error"))),
            ]
        case .split:
            [
                StepArgument("data", .input(.dataset), .required),
                StepArgument("method", .choice(["random", "time"]), .defaulted(.text("random"))),
                StepArgument("test_fraction", .number(.openUnitInterval), .defaulted(.number(0.2))),
                StepArgument("time_column", .text(.any), .optional),
            ]
        case .transform:
            [
                StepArgument("data", .input(.dataset), .required),
                StepArgument("target", .text(.any), .optional),
                StepArgument("standardize", .bool, .defaulted(.bool(true))),
                StepArgument("bucketize", .map(of: .integer(2...100)), .optional),
                StepArgument("drop", .list(of: .text(.any), count: 0...Dataset.maximumColumnCount), .optional),
            ]
        case .train:
            [
                StepArgument("data", .input(.dataset), .required),
                StepArgument("features", .input(.features), .optional),
                StepArgument("target", .text(.any), .required),
                StepArgument(
                    "model", .choice(["logistic-regression", "linear-regression", "gbdt"]),
                    .defaulted(.text("logistic-regression"))),
                StepArgument("l2", .number(.nonNegative), .optional),
                StepArgument("class_weight", .choice(["none", "balanced"]), .defaulted(.text("none"))),
                StepArgument("max_iterations", .integer(1...10_000), .optional),
                StepArgument("trees", .integer(1...500), .optional),
                StepArgument("depth", .integer(1...8), .optional),
                StepArgument("learning_rate", .number(.positiveFraction), .optional),
            ]
        case .evaluate:
            [
                StepArgument("model", .input(.model), .required),
                StepArgument("data", .input(.dataset), .required),
                StepArgument("threshold", .number(.openUnitInterval), .defaulted(.number(0.5))),
                StepArgument("champion_of", .text(.name), .optional),
            ]
        case .gate:
            [StepArgument("condition", .expression, .required)]
        case .test:
            [
                StepArgument("model", .input(.model), .optional),
                StepArgument("data", .input(.dataset), .required),
                StepArgument("tests", .list(of: .record(ModelTest.argumentRecord), count: 1...100), .required),
            ]
        case .register:
            [
                StepArgument("model", .input(.model), .required),
                StepArgument("name", .text(.name), .required),
                StepArgument("alias", .text(.any), .optional),
                StepArgument("tags", .map(of: .text(.any)), .optional),
            ]
        }
    }

    static func rules(of kind: StepKind) -> [ArgumentRule] {
        switch kind {
        case .generate: [.onlyWhen("granularity", when: "scenario", equals: "demand")]
        case .import: [.exactlyOne(["dataset", "path"])]
        default: []
        }
    }

    static func outputs(of kind: StepKind) -> [StepOutput] {
        switch kind {
        case .generate, .import: [StepOutput("data", .dataset)]
        case .validate: [StepOutput("data", .dataset), StepOutput("report", .report)]
        case .split: [StepOutput("train", .dataset), StepOutput("test", .dataset)]
        case .transform: [StepOutput("features", .features)]
        case .train: [StepOutput("model", .model)]
        case .evaluate: [StepOutput("metrics", .metrics)]
        case .gate: []
        case .test: [StepOutput("report", .report)]
        case .register: [StepOutput("version", .version)]
        }
    }

    /// `rows: {min, max}` of a validate step.
    static let rowsRecord = ArgumentRecord(
        fields: [
            StepArgument("min", .integer(0...Dataset.maximumRowCount), .optional),
            StepArgument("max", .integer(0...Dataset.maximumRowCount), .optional),
        ],
        rules: [.atLeastOne(["min", "max"]), .ordered("min", "max")])
}
