extension LogisticRegression {
    /// The model as a document.
    public var document: ModelDocument {
        ModelDocument(
            kind: "logisticRegression", numbers: ["coefficients": coefficients, "intercept": [intercept], "trainingLoss": trainingLoss],
            integers: ["converged": [converged ? 1 : 0]], texts: ["featureNames": featureNames])
    }

    /// Reads a model from a document.
    public init(document: ModelDocument) throws(ModelingError) {
        try document.expect(kind: "logisticRegression")
        let names = try document.texts("featureNames")
        try self.init(
            coefficients: try document.numbers("coefficients", count: names.count), intercept: try document.number("intercept"),
            featureNames: names, trainingLoss: try document.numbers("trainingLoss"), converged: try document.integers("converged", count: 1)[0] == 1)
    }
}

extension RidgeRegression {
    /// The model as a document.
    public var document: ModelDocument {
        ModelDocument(
            kind: "ridgeRegression",
            numbers: ["coefficients": coefficients, "intercept": [intercept], "alpha": [alpha], "trainingLoss": trainingLoss],
            texts: ["featureNames": featureNames])
    }

    /// Reads a model from a document.
    public init(document: ModelDocument) throws(ModelingError) {
        try document.expect(kind: "ridgeRegression")
        let names = try document.texts("featureNames")
        try self.init(
            coefficients: try document.numbers("coefficients", count: names.count), intercept: try document.number("intercept"),
            featureNames: names, alpha: try document.number("alpha"), trainingLoss: try document.numbers("trainingLoss"))
    }
}

extension GradientBoostedTrees {
    /// The ensemble as a document: node arrays of all trees concatenated, with each tree's node count.
    ///
    /// JSON has no infinity, so the +∞ threshold of a split that separates missing values is stored
    /// as the largest finite double; learned thresholds never exceed 1e300, so reading it back as +∞
    /// is unambiguous. `missingGoesLeft` is 1 or 0 per node; documents without it send missing
    /// values left everywhere, as models did before the direction was learned.
    public var document: ModelDocument {
        ModelDocument(
            kind: "gradientBoostedTrees",
            numbers: [
                "baseScore": [baseScore],
                "threshold": trees.flatMap(\.threshold).map { $0 == .infinity ? .greatestFiniteMagnitude : $0 },
                "value": trees.flatMap(\.value), "trainingLoss": trainingLoss,
            ],
            integers: [
                "nodeCounts": trees.map(\.feature.count), "feature": trees.flatMap(\.feature),
                "left": trees.flatMap(\.left), "right": trees.flatMap(\.right),
                "missingGoesLeft": trees.flatMap(\.missingGoesLeft).map { $0 ? 1 : 0 },
            ],
            texts: ["featureNames": featureNames, "objective": [objective.rawValue]])
    }

    /// Reads an ensemble from a document.
    public init(document: ModelDocument) throws(ModelingError) {
        try document.expect(kind: "gradientBoostedTrees")
        let counts = try document.integers("nodeCounts")
        let total = counts.reduce(0, +)
        let feature = try document.integers("feature", count: total)
        let left = try document.integers("left", count: total)
        let right = try document.integers("right", count: total)
        let threshold = try document.numbers("threshold", count: total).map { $0 == .greatestFiniteMagnitude ? .infinity : $0 }
        let value = try document.numbers("value", count: total)
        var missingGoesLeft = [Bool](repeating: true, count: total)
        if document.integers["missingGoesLeft"] != nil {
            missingGoesLeft = try document.integers("missingGoesLeft", count: total).map { $0 != 0 }
        }
        guard let objective = BoostingObjective(rawValue: try document.texts("objective", count: 1)[0]) else {
            throw ModelingError(.malformedDocument, "'gradientBoostedTrees' document: unknown objective")
        }
        var trees: [DecisionTree] = []
        var start = 0
        for count in counts {
            let range = start..<(start + count)
            trees.append(try DecisionTree(
                feature: Array(feature[range]), threshold: Array(threshold[range]), left: Array(left[range]),
                right: Array(right[range]), value: Array(value[range]), missingGoesLeft: Array(missingGoesLeft[range])))
            start += count
        }
        try self.init(
            objective: objective, baseScore: try document.number("baseScore"), trees: trees,
            featureNames: try document.texts("featureNames"), trainingLoss: try document.numbers("trainingLoss"))
    }
}

extension HoltWintersForecaster {
    /// The fitted state as a document.
    public var document: ModelDocument {
        ModelDocument(
            kind: "holtWinters",
            numbers: [
                "alpha": [alpha], "beta": [beta], "gamma": [gamma], "level": [level], "trend": [trend], "seasonal": seasonal,
                "trainingLoss": trainingLoss,
            ],
            integers: ["seasonLength": [seasonLength]])
    }

    /// Reads a fitted state from a document.
    public init(document: ModelDocument) throws(ModelingError) {
        try document.expect(kind: "holtWinters")
        let length = try document.integers("seasonLength", count: 1)[0]
        try self.init(
            seasonLength: length, alpha: try document.number("alpha"), beta: try document.number("beta"), gamma: try document.number("gamma"),
            level: try document.number("level"), trend: try document.number("trend"), seasonal: try document.numbers("seasonal", count: length),
            trainingLoss: try document.numbers("trainingLoss"))
    }
}

extension FeaturePipeline {
    /// The fitted steps as a document: per step its kind, column and parameters.
    public var document: ModelDocument {
        var numbers: [String: [Double]] = [:]
        var texts: [String: [String]] = ["stepKinds": [], "columns": []]
        for (index, step) in steps.enumerated() {
            texts["columns", default: []].append(step.columnName)
            switch step {
            case .standardized(_, let scaler):
                texts["stepKinds", default: []].append("standardized")
                numbers["step\(index)"] = [scaler.mean, scaler.scale]
            case .oneHot(_, let encoder):
                texts["stepKinds", default: []].append("oneHot")
                texts["step\(index)"] = encoder.categories
            case .bucketized(_, let bucketizer):
                texts["stepKinds", default: []].append("bucketized")
                numbers["step\(index)"] = bucketizer.edges
            }
        }
        return ModelDocument(kind: "featurePipeline", numbers: numbers, texts: texts)
    }

    /// Reads a pipeline from a document.
    public init(document: ModelDocument) throws(ModelingError) {
        try document.expect(kind: "featurePipeline")
        let kinds = try document.texts("stepKinds")
        let columns = try document.texts("columns", count: kinds.count)
        var steps: [FeatureStep] = []
        for (index, kind) in kinds.enumerated() {
            switch kind {
            case "standardized":
                let parameters = try document.numbers("step\(index)", count: 2)
                steps.append(.standardized(column: columns[index], try Standardizer(mean: parameters[0], scale: parameters[1])))
            case "oneHot":
                steps.append(.oneHot(column: columns[index], OneHotEncoder(categories: try document.texts("step\(index)"))))
            case "bucketized":
                steps.append(.bucketized(column: columns[index], try Bucketizer(edges: try document.numbers("step\(index)"))))
            default:
                throw ModelingError(.malformedDocument, "'featurePipeline' document: unknown step kind '\(kind)' at step \(index)")
            }
        }
        self.init(steps: steps)
    }
}
