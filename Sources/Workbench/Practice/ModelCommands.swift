import Modeling
import Values

/// `model fit` and `model evaluate`: train and score a model on the learner's own CSV files.
enum ModelCommands {
    static let kinds = ["logistic-regression", "linear-regression", "gbdt"]

    static let fit = CommandSpec(
        ["model", "fit"], summary: "train a model on a CSV file and save it",
        discussion: "Every column but the target is a feature: numbers are standardised and categories one-hot encoded, with the transforms fitted on this file only and stored in the model. logistic-regression (L2, L-BFGS) and gbdt need a 0/1 target; linear-regression (ridge) and gbdt with a numeric target predict numbers.",
        flags: [
            FlagSpec("data", "the training CSV", kind: .value(placeholder: "FILE"), completion: .files),
            FlagSpec("target", "the column to predict", kind: .value(placeholder: "COLUMN")),
            FlagSpec("model", "logistic-regression (default), linear-regression or gbdt", kind: .value(placeholder: "KIND"), completion: .values(kinds)),
            FlagSpec("l2", "L2 strength: 1/C for logistic regression (default 1), alpha for ridge (default 1), leaf L2 for gbdt (default 0)", kind: .value(placeholder: "X")),
            FlagSpec("out", "where to save the model (JSON)", kind: .value(placeholder: "FILE"), completion: .files),
        ],
        examples: ["model fit --data train.csv --target is_fraud --out fraud.json", "model fit --data sales.csv --target units --model linear-regression --l2 0.5 --out demand.json"]
    ) { invocation, _ throws(CommandError) in
        guard let dataPath = invocation.value("data"), let target = invocation.value("target"), let out = invocation.value("out") else {
            throw CommandError.usage("'model fit' needs --data FILE, --target COLUMN and --out FILE", hint: "usage: \(invocation.spec.usage)")
        }
        let kind = invocation.value("model") ?? "logistic-regression"
        guard kinds.contains(kind) else {
            throw CommandError.usage("--model takes \(kinds.joined(separator: ", ")), not '\(kind)'")
        }
        var l2: Double?
        if let text = invocation.value("l2") {
            guard let value = Double(text), value.isFinite, value >= 0 else { throw CommandError.usage("--l2 takes a number of 0 or more, not '\(text)'") }
            l2 = value
        }
        let trained: (file: ModelFile, rows: Int, metrics: [(name: String, value: Double)], losses: [Double])
        do throws(ModelingError) {
            let dataset = try CSVReader.read(path: dataPath).settingRole(.target, forColumn: target)
            let labels = try dataset.targetValues()
            try checkTarget(labels, kind: kind, column: target)
            let pipeline = try FeaturePipeline.fit(on: dataset)
            let features = try pipeline.transform(dataset)
            if Interruption.isRequested { throw ModelingError(.invalidParameter, "interrupted; nothing was written") }
            let estimator: ModelFile.Estimator
            var losses: [Double]
            switch kind {
            case "logistic-regression":
                if l2 == 0 { throw ModelingError(.invalidParameter, "--l2 must be above 0 for logistic regression (it is 1/C)") }
                let model = try LogisticRegression.fit(
                    features, labels: labels, options: LogisticRegressionOptions(inverseRegularization: 1 / (l2 ?? 1), maximumIterations: 1000))
                estimator = .logistic(model)
                losses = model.trainingLoss
            case "linear-regression":
                let model = try RidgeRegression.fit(features, targets: labels, alpha: l2 ?? 1)
                estimator = .linear(model)
                losses = model.trainingLoss
            default:
                let binary = Set(labels).isSubset(of: [0, 1])
                let model = try GradientBoostedTrees.fit(
                    features, targets: labels,
                    options: GradientBoostingOptions(objective: binary ? .binaryLogLoss : .squaredError, l2: l2 ?? 0))
                estimator = .boosted(model)
                losses = model.trainingLoss
            }
            let file = ModelFile(kind: kind, target: target, trainedOn: dataset.contentHash, pipeline: pipeline, estimator: estimator)
            let metrics = try ModelCommands.metrics(file, labels: labels, predictions: file.predict(features))
            trained = (file, dataset.rowCount, metrics, losses)
        } catch {
            throw CommandError(error.message)
        }
        // Ctrl-C while training lands here, before anything is written.
        try Interruption.check()
        try FileStore.writeAtomically(try trained.file.text(), to: out, mode: 0o644)
        let features = trained.file.pipeline.featureNames
        var blocks: [Block] = [
            .notice(.success, "\(kind) trained on \(trained.rows) rows × \(features.count) features; saved to \(out)"),
            .fields(trained.metrics.map { ($0.name, format($0.value)) } + [("iterations", String(trained.losses.count))]),
        ]
        blocks.append(.paragraph("These are training-set numbers; measure on held-out data with 'model evaluate --model \(out) --data TEST.csv'."))
        return CommandOutput(blocks, value: .object([
            "model": .string(kind), "out": .string(out), "rows": .int(trained.rows),
            "features": .list(features.map(Value.string)), "trainedOn": .string(trained.file.trainedOn),
            "trainingMetrics": .object(trained.metrics.map { Value.Field($0.name, .double($0.value)) }),
            "trainingLoss": .list(trained.losses.map(Value.double)),
        ]))
    }

    static let evaluate = CommandSpec(
        ["model", "evaluate"], summary: "score a saved model on a CSV file: AUC, log loss, calibration, precision, recall, RMSE…",
        flags: [
            FlagSpec("model", "the model file from 'model fit'", kind: .value(placeholder: "FILE"), completion: .files),
            FlagSpec("data", "the CSV to score (with the target column)", kind: .value(placeholder: "FILE"), completion: .files),
            FlagSpec("threshold", "probability at or above which a row counts as positive (default 0.5)", kind: .value(placeholder: "P")),
        ],
        examples: ["model evaluate --model fraud.json --data test.csv", "model evaluate --model fraud.json --data test.csv --threshold 0.2 --json"]
    ) { invocation, _ throws(CommandError) in
        guard let modelPath = invocation.value("model"), let dataPath = invocation.value("data") else {
            throw CommandError.usage("'model evaluate' needs --model FILE and --data FILE", hint: "usage: \(invocation.spec.usage)")
        }
        var threshold = 0.5
        if let text = invocation.value("threshold") {
            guard let value = Double(text), value > 0, value < 1 else { throw CommandError.usage("--threshold takes a number between 0 and 1, not '\(text)'") }
            threshold = value
        }
        let file = try ModelFile.read(modelPath)
        do throws(ModelingError) {
            let dataset = try CSVReader.read(path: dataPath).settingRole(.target, forColumn: file.target)
            let labels = try dataset.targetValues()
            let predictions = try file.predict(file.pipeline.transform(dataset))
            let metrics = try ModelCommands.metrics(file, labels: labels, predictions: predictions, threshold: threshold)
            return CommandOutput(
                [.heading("\(file.kind) on \(dataPath) (\(dataset.rowCount) rows)"), .fields(metrics.map { ($0.name, format($0.value)) })],
                value: .object([
                    "model": .string(file.kind), "rows": .int(dataset.rowCount), "threshold": .double(threshold),
                    "metrics": .object(metrics.map { Value.Field($0.name, .double($0.value)) }),
                ]))
        } catch {
            throw CommandError(error.message)
        }
    }

    private static func checkTarget(_ labels: [Double], kind: String, column: String) throws(ModelingError) {
        if labels.contains(where: { $0.isNaN }) {
            throw ModelingError(.invalidData, "the target column '\(column)' has missing values; remove those rows first")
        }
        if kind == "logistic-regression", !Set(labels).isSubset(of: [0, 1]) {
            throw ModelingError(.invalidData, "logistic regression needs a 0/1 target; '\(column)' has other values (use linear-regression or gbdt)")
        }
        if Set(labels).count < 2 {
            throw ModelingError(.invalidData, "the target column '\(column)' has a single value; there is nothing to learn")
        }
    }

    private static func metrics(
        _ file: ModelFile, labels: [Double], predictions: [Double], threshold: Double = 0.5
    ) throws(ModelingError) -> [(name: String, value: Double)] {
        if file.isClassifier {
            let counts = try ThresholdMetrics(labels: labels, probabilities: predictions, threshold: threshold)
            return [
                ("auc", try rocAUC(labels: labels, scores: predictions)),
                ("pr_auc", try averagePrecision(labels: labels, scores: predictions)),
                ("log_loss", try logLoss(labels: labels, probabilities: predictions)),
                ("ece", try expectedCalibrationError(labels: labels, probabilities: predictions)),
                ("accuracy", counts.accuracy), ("precision", counts.precision), ("recall", counts.recall), ("f1", counts.f1),
            ]
        }
        var metrics: [(name: String, value: Double)] = [
            ("rmse", try rootMeanSquaredError(actual: labels, predicted: predictions)),
            ("mae", try meanAbsoluteError(actual: labels, predicted: predictions)),
        ]
        if let mape = try? meanAbsolutePercentageError(actual: labels, predicted: predictions) { metrics.append(("mape", mape)) }
        return metrics
    }

    private static func format(_ value: Double) -> String {
        String((value * 10_000).rounded() / 10_000)
    }
}
