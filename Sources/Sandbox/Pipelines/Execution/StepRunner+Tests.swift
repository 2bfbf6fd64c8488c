import Modeling
import Values

extension StepRunner {
    /// The ML test suite: data expectations, minimum functionality, invariance, directional
    /// expectations, slices and a serving smoke test of the packaged model.
    static func test(_ context: StepContext) throws(SandboxError) -> StepProduct {
        let dataset = try context.dataset("data")
        let model: TrainedModel? = try context.inputHash("model") == nil ? nil : try context.model("model")
        let tests: [ModelTest]
        do throws(CheckArgumentError) {
            tests = try ModelTest.tests(from: context.argument("tests") ?? .list([]))
        } catch {
            throw SandboxError("step '\(context.step.id)': \(error.message)")
        }
        // The perturbations draw from a stream named by the data, so re-running gives the same shuffles.
        var stream = context.world.stream("pipeline/test/\(dataset.contentHash)")
        let suite = ModelTestSuite(tests: tests, seed: stream.next())
        let target = model?.target ?? ""
        let scorer: ModelTestSuite.Scorer = { data in
            guard let model else { throw SandboxError("this test needs a model; give the test step a model input") }
            return try model.predict(data)
        }
        let packaged: ModelTestSuite.Scorer = { data in
            guard let model else { throw SandboxError("this test needs a model; give the test step a model input") }
            // Serve what would be deployed: the model written to its packaged form and read back.
            let served = try TrainedModel(document: model.document(), origin: "the packaged model")
            return try served.predict(data)
        }
        let results = suite.run(data: dataset, target: target, scorer: scorer, packagedScorer: packaged)
        let failed = results.filter { !$0.passed }
        var product = StepProduct(reports: ["report": .object([
            "passed": .int(results.count - failed.count), "failed": .int(failed.count),
            "tests": .list(results.map(\.value)),
        ])])
        product.metrics = [
            ("\(context.step.id).tests_passed", Double(results.count - failed.count), 0),
            ("\(context.step.id).tests_failed", Double(failed.count), 0),
        ]
        product.notes = results.map { "\($0.passed ? "PASS" : "FAIL") \($0.name) [\($0.kind.rawValue)]: \($0.detail)" }
        product.notes.append("\(results.count - failed.count) passed, \(failed.count) failed")
        if !failed.isEmpty {
            product.failure = "\(failed.count) of \(results.count) tests failed: " + failed.map(\.name).joined(separator: ", ")
        }
        return product
    }
}

extension ModelTestResult {
    /// The result as a value for reports and `--json`.
    var value: Value {
        var fields: [Value.Field] = [
            Value.Field("name", .string(name)), Value.Field("kind", .string(kind.rawValue)), Value.Field("passed", .bool(passed)),
            Value.Field("detail", .string(detail)),
        ]
        if let measured, measured.isFinite { fields.append(Value.Field("measured", .double(measured))) }
        return .object(fields)
    }
}

extension ValidationReport {
    /// The report as a value for the artifact store and `--json`.
    var value: Value {
        .object([
            "rows": .int(rowCount), "passed": .bool(passed),
            "anomalies": .list(anomalies.map { anomaly in
                var fields: [Value.Field] = [
                    Value.Field("kind", .string(anomaly.kind.rawValue)), Value.Field("description", .string(anomaly.description)),
                ]
                if let column = anomaly.column { fields.append(Value.Field("column", .string(column))) }
                if let measured = anomaly.measured, measured.isFinite { fields.append(Value.Field("measured", .double(measured))) }
                return .object(fields)
            }),
        ])
    }
}
