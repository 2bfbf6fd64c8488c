import Modeling
import Sandbox
import Values

/// `model fit` and `model evaluate`: train and score a model on the learner's own CSV files.
enum ModelCommands {
    static let kinds = ModelKind.names

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
    ) { invocation, session throws(CommandError) in
        guard let dataPath = invocation.value("data"), let target = invocation.value("target"), let out = invocation.value("out") else {
            throw CommandError.usage("'model fit' needs --data FILE, --target COLUMN and --out FILE", hint: "usage: \(invocation.spec.usage)")
        }
        let kind = invocation.value("model") ?? ModelKind.logisticRegression.rawValue
        var l2: Double?
        if let text = invocation.value("l2") {
            guard let value = Double(text), value.isFinite, value >= 0 else { throw CommandError.usage("--l2 takes a number of 0 or more, not '\(text)'") }
            l2 = value
        }
        guard let modelKind = ModelKind(rawValue: kind) else {
            throw CommandError.usage("--model takes \(ModelKind.names.joined(separator: ", ")), not '\(kind)'")
        }
        let dataFile = try session.workspacePath(dataPath)
        let modelFile = try session.workspacePath(out)
        let trained: (model: TrainedModel, rows: Int, metrics: [(name: String, value: Double)])
        do throws(ModelingError) {
            let dataset = try CSVReader.read(path: dataFile)
            if Interruption.isRequested { throw ModelingError(.invalidParameter, "interrupted; nothing was written") }
            let model = try ModelTrainer.train(dataset, target: target, kind: modelKind, options: TrainingOptions(l2: l2))
            trained = (model, dataset.rowCount, try ModelMetrics.measure(model, on: dataset))
        } catch {
            throw CommandError(error.message)
        }
        // Ctrl-C while training lands here, before anything is written.
        try Interruption.check()
        try ModelFile.write(trained.model, to: modelFile)
        let features = trained.model.pipeline.featureNames
        let losses = trained.model.trainingLoss
        var blocks: [Block] = [
            .notice(.success, "\(kind) trained on \(trained.rows) rows × \(features.count) features; saved to \(out)"),
            .fields(trained.metrics.map { ($0.name, format($0.value)) } + [("iterations", String(losses.count))]),
        ]
        blocks.append(.paragraph("These are training-set numbers; measure on held-out data with 'model evaluate --model \(out) --data TEST.csv'."))
        return CommandOutput(blocks, value: .object([
            "model": .string(kind), "out": .string(out), "rows": .int(trained.rows),
            "features": .list(features.map(Value.string)), "trainedOn": .string(trained.model.trainedOn),
            "trainingMetrics": .object(trained.metrics.map { Value.Field($0.name, .double($0.value)) }),
            "trainingLoss": .list(losses.map(Value.double)),
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
    ) { invocation, session throws(CommandError) in
        guard let modelPath = invocation.value("model"), let dataPath = invocation.value("data") else {
            throw CommandError.usage("'model evaluate' needs --model FILE and --data FILE", hint: "usage: \(invocation.spec.usage)")
        }
        var threshold = 0.5
        if let text = invocation.value("threshold") {
            guard let value = Double(text), value > 0, value < 1 else { throw CommandError.usage("--threshold takes a number between 0 and 1, not '\(text)'") }
            threshold = value
        }
        let model = try ModelFile.read(try session.workspacePath(modelPath))
        let dataFile = try session.workspacePath(dataPath)
        do throws(ModelingError) {
            let dataset = try CSVReader.read(path: dataFile)
            let metrics = try ModelMetrics.measure(model, on: dataset, threshold: threshold)
            return CommandOutput(
                [.heading("\(model.kind.rawValue) on \(dataPath) (\(dataset.rowCount) rows)"), .fields(metrics.map { ($0.name, format($0.value)) })],
                value: .object([
                    "model": .string(model.kind.rawValue), "rows": .int(dataset.rowCount), "threshold": .double(threshold),
                    "metrics": .object(metrics.map { Value.Field($0.name, .double($0.value)) }),
                ]))
        } catch {
            throw CommandError(error.message)
        }
    }

    private static func format(_ value: Double) -> String {
        String((value * 10_000).rounded() / 10_000)
    }
}
