import Modeling
import Sandbox

/// A whole pipeline in a fresh sandbox, nothing cached: generate about 100,000 fraud
/// transactions → validate → split → transform → train → evaluate → register.
enum PipelineBenchmark {
    static let spec = """
        name: bench-fraud
        steps:
          - {id: data, uses: generate, with: {scenario: fraud, days: 20}}
          - id: checked
            uses: validate
            needs: [data]
            with: {expectations: [{column: amount, min: 0, max_null_rate: 0.01}, {column: merchant_category, max_null_rate: 0}]}
          - {id: split, uses: split, needs: [checked], with: {method: time, test_fraction: 0.2}}
          - {id: features, uses: transform, needs: [split], with: {data: split.train, target: is_fraud}}
          - {id: train, uses: train, needs: [split, features], with: {data: split.train, features: features.features, target: is_fraud}}
          - {id: eval, uses: evaluate, needs: [train, split], with: {model: train.model, data: split.test}}
          - {id: register, uses: register, needs: [eval, train], with: {model: train.model, name: fraud, alias: challenger}}
        """

    static func run(runs: Int) throws -> WorkloadRecord {
        let parsed = try PipelineSpec.load(text: spec, file: "bench.yaml").resolved(overrides: [:])
        var executor = PipelineExecutor(spec: parsed, pipelineHash: "bench", programVersion: "bench")
        executor.useCache = false
        var seconds: [Double] = []
        var rows = 0
        var auc = Double.nan
        for _ in 0..<runs {
            var world = World(seed: 1)
            var result: PipelineRunResult?
            seconds.append(try Workloads.time {
                result = try executor.run(in: &world, readFile: { (path) throws(SandboxError) in throw SandboxError("no file \(path)") })
            })
            guard let result, result.succeeded else { throw SandboxError("the benchmark pipeline failed") }
            rows = world.datasets.current.first { $0.name == "bench-fraud.data.data" }.flatMap { world.artifacts.dataset($0.hash)?.rowCount } ?? 0
            auc = result.run.metric("auc") ?? .nan
        }
        var record = WorkloadRecord(
            id: "pipeline", Measurement(name: "pipeline, generate → register", size: "\(rows / 1000)k rows", seconds: seconds))
        record.values = ["rows": Double(rows), "auc": auc]
        return record
    }
}
